import { expect, test } from '@playwright/test';

const pages = ['/', '/letters', '/letters/protect-the-river-commons', '/sign-in', '/no-such-page'];

test('every page carries a strict nonce-based CSP and the other security headers', async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of pages) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("base-uri 'none'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by'], path).toBeUndefined();
    // Every script Next.js sent carries this response's nonce.
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(pages.length);
});

test('pages run their scripts under the CSP without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Read the letters' }).click();
  // Client-side navigation only happens once the scripts have hydrated.
  await expect(page).toHaveURL(/\/letters$/);
  await page.getByRole('link', { name: /River Commons/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('River Commons');
  expect(violations).toEqual([]);
});
