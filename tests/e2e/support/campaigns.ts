import { expect, type Page } from '@playwright/test';
import { tab } from './coordinator';

/**
 * From the dashboard, creates a draft campaign and returns its dashboard path
 * (/dashboard/campaigns/<id>), leaving the page on the letter editor.
 */
export async function createCampaign(page: Page, title: string, slug: string, language?: string): Promise<string> {
  await page.getByRole('link', { name: 'New campaign' }).click();
  await page.getByLabel('Title of the letter').fill(title);
  await page.getByLabel('Web address').fill(slug);
  if (language) await page.getByLabel('Language of the letter').fill(language);
  await page.getByRole('button', { name: 'Create the campaign' }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns\/[0-9a-f-]+\/letter$/);
  return new URL(page.url()).pathname.replace(/\/letter$/, '');
}

/** In the letter editor, writes the letter (fields left out stay as they are) and saves the draft. */
export async function saveDraft(page: Page, letter: { addressees?: string; body: string; closing?: string }) {
  if (letter.addressees !== undefined) await page.getByLabel('Addressees').fill(letter.addressees);
  await page.getByLabel('Body', { exact: true }).fill(letter.body);
  if (letter.closing !== undefined) await page.getByLabel('Closing').fill(letter.closing);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toHaveText('Draft saved.');
}

/** From any tab of a draft campaign, opens it for sign-on. */
export async function openForSignOn(page: Page) {
  await tab(page, 'Overview').click();
  await page.getByRole('button', { name: 'Open for sign-on' }).click();
  await expect(page.getByRole('status')).toHaveText('The campaign is opened.');
}
