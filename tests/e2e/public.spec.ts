import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('home page explains the product and leads to the letters', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Open letters');
  await page.getByRole('link', { name: 'Read the letters' }).click();
  await expect(page).toHaveURL(/\/letters$/);
  await page.getByRole('link', { name: /protect the River Commons/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('protect the River Commons');
  await expect(page.getByText('Open for sign-on')).toBeVisible();
  // The Markdown body renders as a list, not as raw asterisks.
  await expect(page.getByRole('listitem').filter({ hasText: 'Binding minimum flows' })).toBeVisible();
});

test('public pages pass axe-core checks', async ({ page }) => {
  for (const path of ['/', '/letters', '/letters/protect-the-river-commons']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, path).toEqual([]);
  }
});

test('an unknown letter is a 404 page', async ({ page }) => {
  const response = await page.goto('/letters/no-such-letter');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
