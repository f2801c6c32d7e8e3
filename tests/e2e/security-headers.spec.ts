import { expect, test } from '@playwright/test';

const publicPages = ['/', '/letters', '/letters/protect-the-river-commons', '/letters/protect-the-river-commons/signatories', '/no-such-page'];
const privatePages = ['/sign-in', '/sign-in/check-email', '/dashboard/settings'];

function expectCommonHeaders(headers: Record<string, string>, path: string) {
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, path).toContain("object-src 'none'");
  expect(csp, path).toContain("base-uri 'none'");
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).toContain("form-action 'self'");
  expect(csp, path).not.toContain("'unsafe-eval'");
  expect(headers['x-content-type-options'], path).toBe('nosniff');
  expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by'], path).toBeUndefined();
}

test('cached public pages carry one fixed policy, with no nonce that would tie them to a request', async ({ request }) => {
  for (const path of publicPages) {
    const response = await request.get(path);
    const headers = response.headers();
    expectCommonHeaders(headers, path);
    const csp = headers['content-security-policy']!;
    expect(csp, path).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp, path).not.toContain('nonce-');
    // The same bytes for every visitor: no nonce attribute to go stale in the cache.
    expect(await response.text(), path).not.toMatch(/<script[^>]+nonce=/);
  }
  const again = await request.get('/letters/protect-the-river-commons');
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  expect(again.headers()['cache-control']).toMatch(/^s-maxage=5, stale-while-revalidate=\d+/);
});

test('private pages carry a strict nonce-based policy, a fresh nonce each time, and are never cached', async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of privatePages) {
    const response = await request.get(path);
    const headers = response.headers();
    expectCommonHeaders(headers, path);
    const nonce = /'nonce-([^']+)'/.exec(headers['content-security-policy'] ?? '')?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    expect(headers['content-security-policy'], path).toContain("'strict-dynamic'");
    expect(headers['cache-control'], path).toMatch(/no-store/);
    // Every script Next.js sent carries this response's nonce.
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(privatePages.length);
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
