import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';

const SLUG = 'fair-seas-for-coastal-fishers';
const LIVE_SLUG = 'protect-the-river-commons';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const SUMMARY = /^26 organizations and 12 individuals from \d+ countries$/;

test('the delivered letter shows its delivery record and leads to the final list', async ({ page }) => {
  await page.goto(`/letters/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('fair seas for coastal fishers');
  await expect(page.getByTestId('summary-sentence')).toHaveText(SUMMARY);
  await expect(page.getByText(/Delivered on .+ to Commissioner Renata Oduya, Regional Fisheries Commission, by email\./)).toBeVisible();
  await page.getByRole('link', { name: 'Read the final list of signatories' }).click();
  await expect(page).toHaveURL(new RegExp(`/letters/${SLUG}/signatories$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Final list of signatories');
});

test('the final list shows exactly the approved entries, in two groups in collation order', async ({ page }) => {
  await page.goto(`/letters/${SLUG}/signatories`);
  await expect(page.getByTestId('summary-sentence')).toHaveText(SUMMARY);
  const orgs = await page.locator('section[aria-labelledby="group-organization"] li').allTextContents();
  const people = await page.locator('section[aria-labelledby="group-individual"] li').allTextContents();
  expect(orgs).toHaveLength(26);
  expect(people).toHaveLength(12);
  // Nothing is printed after a name that has no country.
  expect(orgs[0]).toBe('Artisanal Fisheries Alliance (AFA)');
  // Individuals are listed by family name (the last word of the name).
  const family = people.map((line) => line.split(' — ')[0]!.split(' ').at(-1)!);
  expect(family).toEqual([...family].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  // "The Small Boats Network" sorts under S.
  const i = orgs.indexOf('The Small Boats Network (SBN), United Kingdom');
  expect(orgs[i - 1]).toBe('Sindicato de Pescadores de Chiloé, Chile');
  expect(orgs[i + 1]).toBe('Tide Watch, Ireland');
  expect(people).toContain('Dr. Aminata Diallo — Marine biologist, Université Cheikh Anta Diop, Senegal');
  expect(people).toContain('James O’Connor');
  const names = [...orgs, ...people].join('\n');
  for (const absent of ['Trawler Owners Lobby', 'Late Cooperative', 'Withdrawn Person']) expect(names).not.toContain(absent);
  await expect(page.getByText('Locked on')).toBeVisible();
  await expect(page.getByText(/curl -s http.+\/export\.json \| sha256sum/)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('search and the country filter work with a plain GET form', async ({ page }) => {
    await page.goto(`/letters/${SLUG}/signatories`);
    await page.getByLabel('Search names').fill('fishers');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=fishers/);
    const found = await page.locator('.signatory-list li').allTextContents();
    expect(found).toContain('Coastal Fishers Federation (CFF), Senegal');
    expect(found.join('\n')).not.toContain('Tide Watch');
    await expect(page.getByText(/Showing 1–\d+ of \d+ matching/)).toBeVisible();

    await page.getByLabel('Search names').fill('');
    await page.getByLabel('Country').selectOption({ label: 'Senegal' });
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/country=SN/);
    const senegal = await page.locator('.signatory-list li').allTextContents();
    expect(senegal.sort()).toEqual(
      [
        'Coastal Fishers Federation (CFF), Senegal',
        'Coopérative des Pêcheurs de Joal, Senegal',
        'Dr. Aminata Diallo — Marine biologist, Université Cheikh Anta Diop, Senegal',
      ].sort(),
    );
    await page.getByRole('link', { name: 'Show everyone' }).click();
    await expect(page.locator('.signatory-list li')).toHaveCount(38);
  });
});

test('the published hash is the SHA-256 of export.json as served, on the page and in the API', async ({ page, request }) => {
  const exported = await request.get(`/letters/${SLUG}/export.json`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()['content-type']).toContain('application/json');
  const body = await exported.text();
  const doc = JSON.parse(body);
  expect(doc.entries).toHaveLength(38);
  expect(doc.campaign.slug).toBe(SLUG);
  expect(doc.summary).toMatch(SUMMARY);

  const api = await request.get(`/api/v1/campaigns/${SLUG}`);
  expect(api.status()).toBe(200);
  expect(api.headers()['access-control-allow-origin']).toBe('*');
  const campaign = await api.json();
  expect(campaign.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
  expect(sha256(body)).toBe(campaign.snapshotHash);
  expect(campaign.status).toBe('delivered');
  expect(campaign.delivery).toMatchObject({ method: 'email', deliveredTo: 'Commissioner Renata Oduya, Regional Fisheries Commission' });
  expect(campaign.counts).toMatchObject({ organizations: 26, individuals: 12 });

  await page.goto(`/letters/${SLUG}/signatories`);
  await expect(page.getByTestId('snapshot-hash')).toHaveText(campaign.snapshotHash);
});

test('CSV, plain text and print exports of the final list', async ({ page, request }) => {
  const csv = await request.get(`/letters/${SLUG}/export.csv`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  // Downloaded as a file, with the byte-order mark Excel needs to read accents as UTF-8.
  expect(csv.headers()['content-disposition']).toMatch(new RegExp(`^attachment; filename="${SLUG}-signatories\\.csv"; filename\\*=UTF-8''`));
  expect([...(await csv.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[];
  expect(rows).toHaveLength(38);
  expect(rows[0]).toMatchObject({ position: '1', kind: 'organization', name: 'Artisanal Fisheries Alliance', acronym: 'AFA', country: '' });
  expect(rows.at(-1)?.kind).toBe('individual');

  const txt = await request.get(`/letters/${SLUG}/export.txt`);
  expect(txt.headers()['content-disposition']).toMatch(/^attachment; filename="[^"]+-signatories\.txt"/);
  const text = await txt.text();
  expect(text).toContain('Organizations\n=============');
  expect(text).toContain('\nArtisanal Fisheries Alliance (AFA)\n');
  expect(text).toMatch(/Final list, locked \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} UTC\n/);
  expect(text).toContain('Individuals\n===========');
  expect(text).toMatch(/SHA-256 of the JSON export: [0-9a-f]{64}/);

  await page.goto(`/letters/${SLUG}/signatories`);
  await page.getByRole('link', { name: 'Print the letter with its signatories' }).click();
  await expect(page).toHaveURL(new RegExp(`/letters/${SLUG}/print$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('fair seas for coastal fishers');
  await expect(page.getByText('A reserved inshore zone')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('.print-signatories li')).toHaveCount(38);
});

test('exports of a list that is not locked are not public', async ({ request }) => {
  for (const path of ['export.json', 'export.csv', 'export.txt', 'print']) {
    expect((await request.get(`/letters/${LIVE_SLUG}/${path}`)).status(), path).toBe(404);
  }
});

test('the public API: paginated signatories, CORS, bad parameters, and never a private field', async ({ request }) => {
  const preflight = await request.fetch(`/api/v1/campaigns/${SLUG}/signatories`, { method: 'OPTIONS' });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-origin']).toBe('*');

  const page4 = await (await request.get(`/api/v1/campaigns/${SLUG}/signatories?page=4&perPage=10`)).json();
  expect(page4).toMatchObject({ final: true, page: 4, perPage: 10, total: 38, totalPages: 4 });
  expect(page4.entries).toHaveLength(8);
  expect(page4.entries[0].position).toBe(31);
  expect(Object.keys(page4.entries[0]).sort()).toEqual(['acronym', 'country', 'countryName', 'kind', 'name', 'position', 'title']);

  for (const bad of ['perPage=0', 'perPage=501', 'page=0', 'page=abc']) {
    const r = await request.get(`/api/v1/campaigns/${SLUG}/signatories?${bad}`);
    expect(r.status(), bad).toBe(400);
  }
  expect((await request.get('/api/v1/campaigns/no-such-letter')).status()).toBe(404);

  // The open demo shows its live list: public too, and just as free of private data.
  const live = await (await request.get(`/api/v1/campaigns/${LIVE_SLUG}/signatories?perPage=500`)).json();
  expect(live.final).toBe(false);
  expect(live.total).toBe(15);

  const bodies = await Promise.all(
    [
      `/api/v1/campaigns/${SLUG}`,
      `/api/v1/campaigns/${SLUG}/signatories?perPage=500`,
      `/api/v1/campaigns/${SLUG}/signatories.csv`,
      `/api/v1/campaigns/${LIVE_SLUG}`,
      `/api/v1/campaigns/${LIVE_SLUG}/signatories?perPage=500`,
      `/api/v1/campaigns/${LIVE_SLUG}/signatories.csv`,
      `/letters/${SLUG}/export.json`,
      `/letters/${SLUG}/export.csv`,
      `/letters/${SLUG}/export.txt`,
    ].map(async (path) => (await request.get(path)).text()),
  );
  for (const body of bodies) {
    expect(body).not.toMatch(/@[a-z-]+\.example/);
    expect(body).not.toContain('Demo Contact');
    expect(body).not.toContain('We oppose reserved zones');
    expect(body).not.toContain('Our board approved this');
  }
});

test('the archive lists published letters newest first with state and summary', async ({ page }) => {
  await page.goto('/letters');
  const cards = page.locator('main li.card');
  // Other tests publish letters too: check the seeded ones and their relative order.
  const titles = await cards.locator('h2').allTextContents();
  const at = (text: string) => titles.findIndex((t) => t.includes(text));
  expect(at('clean air around every school')).toBeGreaterThanOrEqual(0);
  expect(at('clean air around every school')).toBeLessThan(at('protect the River Commons'));
  expect(at('protect the River Commons')).toBeLessThan(at('fair seas for coastal fishers'));
  const river = cards.filter({ hasText: 'protect the River Commons' });
  await expect(river).toContainText('Open for sign-on');
  await expect(river).toContainText(/\d+ organizations and \d+ individuals from \d+ countries/);
  const seas = cards.filter({ hasText: 'fair seas for coastal fishers' });
  await expect(seas).toContainText(/Delivered · delivered/);
  await expect(seas).toContainText('26 organizations and 12 individuals from');
});

test('the final list, the archive and the print page pass axe-core checks', async ({ page }) => {
  for (const path of ['/letters', `/letters/${SLUG}`, `/letters/${SLUG}/signatories`, `/letters/${SLUG}/signatories?q=zzz`, `/letters/${SLUG}/print`]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, path).toEqual([]);
  }
});

test('an open letter with a live list shows the approved sign-ons so far, not a final list', async ({ page }) => {
  await page.goto(`/letters/${LIVE_SLUG}`);
  await expect(page.getByTestId('summary-sentence')).toHaveText(/^10 organizations and 5 individuals from \d+ countries$/);
  const section = page.locator('section[aria-labelledby="signatories-heading"]');
  await expect(section.getByText('River Commons Alliance (RCA), Netherlands')).toBeVisible();
  await expect(section.getByText('Dr. Amara Okafor — Professor of Hydrology, University of Lagos, Nigeria')).toBeVisible();
  await expect(section.getByText('Sand Mining Profiteers Ltd')).toHaveCount(0);
  await expect(section.getByText('Fishers’ Cooperative of Lake Tana')).toHaveCount(0);
  await page.goto(`/letters/${LIVE_SLUG}/signatories`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signatories so far');
  await expect(page.locator('.signatory-list li')).toHaveCount(15);
  await expect(page.getByTestId('snapshot-hash')).toHaveCount(0);
});
