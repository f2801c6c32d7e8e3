import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

type MailboxJson = { messages: { id: string; to: string; subject: string; template: string; createdAt: string; links: string[] }[] };

test('the development mailbox lists messages as JSON in the documented shape', async ({ request }) => {
  const response = await request.get('/dev/mailbox.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const body = (await response.json()) as MailboxJson;
  expect(Object.keys(body)).toEqual(['messages']);
  expect(Array.isArray(body.messages)).toBe(true);
  for (const m of body.messages) {
    expect(Object.keys(m)).toEqual(['id', 'to', 'subject', 'template', 'createdAt', 'links']);
    for (const link of m.links) expect(link).toMatch(/^https?:\/\//);
  }
  const times = body.messages.map((m) => Date.parse(m.createdAt));
  expect(times).toEqual([...times].sort((a, b) => b - a));
});

test('the development mailbox page is accessible and links to its JSON', async ({ page }) => {
  const response = await page.goto('/dev/mailbox');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Development mailbox' })).toBeVisible();
  await expect(page.getByRole('link', { name: '/dev/mailbox.json' })).toHaveAttribute('href', '/dev/mailbox.json');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
