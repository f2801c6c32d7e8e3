import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createCampaign, openForSignOn, saveDraft } from './support/campaigns';
import { signIn, tab } from './support/coordinator';

// 60 lines as a coalition might paste them from a document: headings, both kinds, a
// separator-less country ("Friends of the Quiet Marsh Bangladesh"), a table row, a region
// ("Scotland"), an entry repeated, and one place nobody recognises ("Atlantis").
const pasted = [
  'Signatories',
  'Organizations',
  'Harbour Light Collective (HLC), Kenya',
  'Green Lantern Fund – Peru',
  'Coastal Weavers Union | Norway |',
  'Friends of the Quiet Marsh Bangladesh',
  'Riverstone Alliance USA',
  'Orchard Keepers Network, Ghana',
  'Salt Meadow Trust, Portugal',
  'Blue Heron Society – Chile',
  'Tidewater Commons, Philippines',
  'Northern Fern Council, Canada',
  'Meadowlark Youth Forum, Uganda',
  'Clearwater Farmers Cooperative, India',
  'Silver Birch Institute, Finland',
  'Lowland Rain Coalition, Brazil',
  'Driftwood Artists Guild, New Zealand',
  'Copper Hill Residents Association, Zambia',
  'Sunrise Fisherfolk League, Indonesia',
  'Bramble Path Foundation, Ireland',
  'Kestrel Ridge Watch, South Africa',
  'Lantern Bay Friends, Japan',
  'Granite Springs Initiative, Mexico',
  'Willow Creek Mothers, Nigeria',
  'Amber Dune Collective, Morocco',
  'Example Group, Atlantis',
  'Harbour Light Collective, Kenya',
  'Ironwood Legal Aid, Colombia',
  'Marigold Health Circle, Nepal',
  'Open Tide Network',
  'Pebble Shore Cooperative, Senegal',
  'Quartz Valley Council, Mongolia',
  'Red Kite Association, UK',
  'Sandpiper Learning Hub, Bangladesh',
  'Thistle Commons, Scotland',
  'Upland Water Keepers, Peru',
  'Violet Fields Union, Argentina',
  'Windward Islands Reef Care, Jamaica',
  'Yellow Reed Trust, Vietnam',
  'Zephyr Climate Action, Germany',
  'Amberley Tenants Voice, Australia',
  'Beacon Street Food Bank, USA',
  'Cedar Grove Elders, Lebanon',
  '',
  'Individuals',
  'Ada Okonkwo, Professor of Hydrology',
  'Bruno Marchetti, Journalist, Italy',
  'Chiara Lindqvist | Marine Biologist |',
  'Dmitri Adeyemi, Retired Judge, Nigeria',
  'Elena Ruiz, Mayor of Puerto Alto, Chile',
  'Farah Haddad, Lawyer, Jordan',
  'Gustav Nilsen, Fisherman, Norway',
  'Hana Kobayashi, Teacher, Japan',
  'Ivan Petrov, Engineer',
  'Jia Wen, Student, Singapore',
  'Kofi Mensah, Farmer, Ghana',
  'Lucia Ferreira, Nurse, Brazil',
  'Mateo Silva, Architect, Uruguay',
  '',
  'Sincerely,'
].join('\n');

async function expectNoAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

/** A fresh campaign of this test's own, open for sign-on, so the counts are its alone. */
async function createOpenCampaign(page: Page, stamp: string): Promise<{ slug: string; path: string }> {
  const slug = `imported-list-${stamp}`;
  const path = await createCampaign(page, `Rivers need room ${stamp}`, slug);
  await saveDraft(page, { addressees: 'Minister of Water', body: 'We ask that rivers be given room to flood safely.', closing: 'Sincerely,' });
  await openForSignOn(page);
  return { slug, path };
}

const publicSentence = async (page: Page, slug: string) => {
  await page.goto(`/letters/${slug}`);
  return (await page.getByTestId('summary-sentence').textContent())?.trim();
};

test('a coordinator pastes a mixed list, fixes a flagged country, imports it and undoes it', async ({ page, browser }) => {
  // Axe over the 54-row preview takes about 20 s on its own.
  test.setTimeout(150_000);
  expect(pasted.split('\n')).toHaveLength(60);
  const stamp = Date.now().toString(36);
  await signIn(page, 'coordinator@example.org');
  const { slug, path } = await createOpenCampaign(page, stamp);
  const before = await publicSentence(page, slug);
  expect(before).toBe('No signatories yet');

  await page.goto(path);
  await tab(page, 'Import').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import signatories' })).toBeVisible();
  await expect(page.getByText('No imports yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Paste the list').fill(pasted);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByRole('heading', { name: 'Preview: nothing is saved yet' })).toBeVisible();
  const rows = page.getByTestId('preview-row');
  await expect(rows).toHaveCount(54);
  await expectNoAxeViolations(page);

  // The repeated entry is flagged against the first one and left out of the count.
  const repeat = rows.filter({ hasText: 'Harbour Light Collective, Kenya' });
  await expect(repeat.getByText('Repeats entry 1')).toBeVisible();
  await expect(page.getByTestId('preview-sentence')).toHaveText('40 organizations and 13 individuals from 38 countries');
  await expect(page.getByRole('button', { name: 'Import 53 entries' })).toBeVisible();
  // A region is read as its country, and said so.
  await expect(rows.filter({ hasText: 'Thistle Commons, Scotland' }).getByText('Region read as a country')).toBeVisible();

  // The unknown place: fix the name and choose the country.
  const atlantis = rows.filter({ hasText: 'Example Group, Atlantis' });
  await expect(atlantis.getByText('Country not recognised')).toBeVisible();
  await atlantis.getByRole('textbox', { name: /^Name of entry/ }).fill('Example Group');
  await atlantis.getByRole('combobox', { name: /^Country of entry/ }).selectOption({ label: 'Iceland' });
  await page.getByRole('button', { name: 'Update preview' }).click();
  await expect(page.getByRole('status')).toHaveText('Preview updated.');
  const fixed = rows.filter({ hasText: 'Example Group, Atlantis' });
  await expect(fixed.getByText('Country not recognised')).toHaveCount(0);
  await expect(fixed.getByRole('combobox', { name: /^Country of entry/ })).toHaveValue('IS');
  const previewSentence = (await page.getByTestId('preview-sentence').textContent())!.trim();
  expect(previewSentence).toBe('40 organizations and 13 individuals from 39 countries');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Import 53 entries' }).click();
  await expect(page.getByRole('status')).toHaveText('Imported 53 entries.');
  await expect(page.getByTestId('imported-sentence')).toHaveText(previewSentence);

  // The public page says exactly what the preview promised.
  const importPage = page.url();
  expect(await publicSentence(page, slug)).toBe(previewSentence);

  // The batch is listed and can be undone; the sentence returns to what it was.
  await page.goto(importPage);
  await tab(page, 'Import').click();
  const batch = page.getByRole('region', { name: 'Past imports' }).getByRole('row').nth(1);
  await expect(batch).toContainText('53');
  // Undoing asks first; saying no leaves the import in place.
  await batch.getByRole('link', { name: /^Undo/ }).click();
  await expect(page.getByRole('heading', { name: /^Undo the import of 53 entries/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'No, keep it' }).click();
  await expect(page.getByRole('heading', { name: /^Undo the import/ })).toHaveCount(0);
  expect(await publicSentence(page, slug)).toBe(previewSentence);
  await page.goto(importPage);
  await tab(page, 'Import').click();
  await batch.getByRole('link', { name: /^Undo/ }).click();
  await page.getByRole('button', { name: 'Yes, undo this import' }).click();
  await expect(page.getByRole('status')).toHaveText('Import undone: 53 entries were removed from the list.');
  await expect(batch).toContainText('Undone');
  await expect(batch.getByRole('button')).toHaveCount(0);
  expect(await publicSentence(page, slug)).toBe(before);

  // Without JavaScript, the same steps work as plain form posts.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto(`${path}/import`);
  await plain.getByLabel('Paste the list').fill('Individuals\nAda Okonkwo, Professor of Hydrology, Kenya\nBruno Marchetti, Journalist, Italy\nAda Okonkwo, Kenya');
  await plain.getByRole('button', { name: 'Preview the import' }).click();
  await expect(plain.getByTestId('preview-row')).toHaveCount(3);
  await expect(plain.getByTestId('preview-sentence')).toHaveText('2 individuals from 2 countries');
  // A recognised country offers the full list on request.
  await plain.getByRole('button', { name: 'Other country for entry 1' }).click();
  await plain.getByRole('combobox', { name: 'Country of entry 1' }).selectOption({ label: 'Tanzania' });
  await plain.getByTestId('preview-row').filter({ hasText: 'Bruno Marchetti' }).getByRole('checkbox', { name: /Exclude/ }).check();
  await plain.getByRole('button', { name: 'Update preview' }).click();
  await expect(plain.getByTestId('preview-sentence')).toHaveText('1 individual from 1 country');
  await plain.getByRole('button', { name: 'Import 1 entry' }).click();
  await expect(plain.getByRole('status')).toHaveText('Imported 1 entry.');
  await noScript.close();
  expect(await publicSentence(page, slug)).toBe('1 individual from 1 country');
});

test('an import that is too large or empty is refused with a clear message', async ({ page }) => {
  await signIn(page, 'coordinator@example.org');
  const { path } = await createOpenCampaign(page, `${Date.now().toString(36)}x`);
  await page.goto(`${path}/import`);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Paste a list' })).toHaveText('Paste a list or choose a CSV file.');

  await page.getByLabel('Or upload a CSV file').setInputFiles({
    name: 'huge.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`Organisation,Country\n${'Example Organization,Kenya\n'.repeat(45_000)}`),
  });
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByText('This file is larger than 1 MB. Split it into several files.')).toBeVisible();

  // A CSV goes through the column-mapping step.
  await page.getByLabel('Or upload a CSV file').setInputFiles({
    name: 'list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('No.,Organisation,Where\n1,Harbour Light Collective,Kenya\n2,Green Lantern Fund,Peru\n'),
  });
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByRole('heading', { name: 'Which column holds what?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByLabel('Organisation')).toHaveValue('name');
  await page.getByLabel('Where').selectOption('country');
  await page.getByRole('button', { name: 'Show the preview' }).click();
  await expect(page.getByTestId('preview-sentence')).toHaveText('2 organizations from 2 countries');
});

// 100 entries laid out as letters print them: "Name, Country" lines, name and country on
// alternate lines, table rows split across lines, people in blocks of two lines with no
// heading, then name and title pairs under "Individuals". Two people in the organizations
// ("Ines Carvalho, Lawyer") are read as organizations and flagged, as a parser must.
const blocks = readFileSync(path.resolve(import.meta.dirname, '../fixtures/signatories-blocks.txt'), 'utf8');

/** No part of the page is wider than the window (a phone must not scroll sideways). */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test('a long list in blocks: the flagged-only view and a kind change for selected rows, on a phone', async ({ page, browser }) => {
  // Axe over a 100-row preview is slow on a shared machine.
  test.setTimeout(240_000);
  const stamp = `${Date.now().toString(36)}b`;
  await signIn(page, 'coordinator@example.org');
  const { slug, path: campaignPath } = await createOpenCampaign(page, stamp);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${campaignPath}/import`);
  await page.getByLabel('Paste the list').fill(blocks);
  await page.getByRole('button', { name: 'Preview the import' }).click();

  const rows = page.getByTestId('preview-row');
  await expect(rows).toHaveCount(100);
  await expect(page.getByTestId('preview-sentence')).toHaveText('60 organizations and 40 individuals from 31 countries');
  const flags = page.getByRole('list', { name: 'Flags by kind' });
  await expect(flags).toContainText('Country not recognised: 3');
  await expect(flags).toContainText('Region read as a country: 1');
  // An unknown place waits for a decision; it is not shown as international.
  await expect(rows.filter({ hasText: 'Highland Valley Voices, Kashmir' }).getByRole('combobox', { name: /^Country of entry/ })).toHaveValue('?');
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Show flagged only (4)' }).click();
  await expect(page.getByRole('status')).toHaveText('Showing the entries that need a look.');
  await expect(rows.filter({ visible: true })).toHaveCount(4);
  // Selected and changed with the keyboard alone.
  for (const name of ['Ines Carvalho, Lawyer', 'Tomasz Wren, Journalist']) {
    const row = rows.filter({ hasText: name });
    await expect(row.getByText('Country not recognised')).toBeVisible();
    await row.getByRole('checkbox', { name: /select entry/ }).focus();
    await page.keyboard.press('Space');
  }
  await page.getByRole('button', { name: 'These are individuals' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('2 entries are now individuals.');
  const sentence = '58 organizations and 42 individuals from 31 countries';
  await expect(page.getByTestId('preview-sentence')).toHaveText(sentence);
  // Read again as people: a name and a title, and nothing left to look at.
  await expect(rows.filter({ visible: true })).toHaveCount(2);
  await page.getByRole('button', { name: 'Show all 100 entries' }).click();
  const ines = rows.filter({ hasText: 'Ines Carvalho, Lawyer' });
  await expect(ines.getByRole('textbox', { name: /^Name of entry/ })).toHaveValue('Ines Carvalho');
  await expect(ines.getByRole('textbox', { name: /^Title/ })).toHaveValue('Lawyer');
  await expect(ines.getByRole('listitem')).toHaveCount(0);
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);

  await page.getByRole('button', { name: 'Import 100 entries' }).click();
  await expect(page.getByRole('status')).toHaveText('Imported 100 entries.');
  await expect(page.getByTestId('imported-sentence')).toHaveText(sentence);
  expect(await publicSentence(page, slug)).toBe(sentence);

  // The same steps as plain form posts, without JavaScript.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), viewport: { width: 390, height: 844 } });
  const plain = await noScript.newPage();
  await plain.goto(`${campaignPath}/import`);
  await plain.getByLabel('Paste the list').fill(['Organizations', 'Example Egret Forum, Kenya', 'Mira Solano, Lawyer', 'Example Ridge Voices, Tibet'].join('\n'));
  await plain.getByRole('button', { name: 'Preview the import' }).click();
  // The letter already holds the 100 entries imported above.
  await expect(plain.getByTestId('preview-sentence')).toHaveText('61 organizations and 42 individuals from 31 countries');
  await plain.getByRole('button', { name: 'Show flagged only (2)' }).click();
  const mira = plain.getByTestId('preview-row').filter({ hasText: 'Mira Solano, Lawyer' });
  await mira.getByRole('checkbox', { name: /select entry/ }).check();
  await plain.getByRole('button', { name: 'These are individuals' }).click();
  await expect(plain.getByTestId('preview-sentence')).toHaveText('60 organizations and 43 individuals from 31 countries');
  await expect(plain.getByTestId('preview-row').filter({ visible: true })).toHaveCount(1);
  // "No country" is a choice the coordinator makes; then nothing is flagged.
  await plain.getByRole('combobox', { name: 'Country of entry 3' }).selectOption({ label: 'No country (international)' });
  await plain.getByRole('button', { name: 'Update preview' }).click();
  await expect(plain.getByText('No entry needs a look any more.')).toBeVisible();
  await plain.getByRole('button', { name: 'Import 3 entries' }).click();
  await expect(plain.getByRole('status')).toHaveText('Imported 3 entries.');
  await noScript.close();
  expect(await publicSentence(page, slug)).toBe('60 organizations and 43 individuals from 31 countries');
});
