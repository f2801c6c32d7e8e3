// Hostile names and letter text, entered the way people would (the public form, a pasted
// letter, a CSV import), must come out as plain text: no dialog, no injected element, no
// script run, and a CSV export that no spreadsheet reads as a formula.
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { renderProbes } from '../security/corpus';
import { createCampaign, openForSignOn, saveDraft } from './support/campaigns';
import { latestMail, signIn, tab } from './support/coordinator';

const [imgProbe, ...importedProbes] = renderProbes as [string, ...string[]];
const formulaProbe = renderProbes.find((p) => p.startsWith('='))!;

/** Fails the test on any dialog and records whether a probe ran. */
function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

/** Nothing the probes could have injected exists in the page, and none of them ran. */
async function expectInert(page: Page, what: string) {
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    img: document.querySelectorAll('img[src="x"], img[onerror]').length,
    svg: document.querySelectorAll('svg[onload]').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.getAttribute('href')!)).length,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src && /__pwned/.test(s.textContent ?? '') && !/self\.__next_f/.test(s.textContent ?? '')).length,
  }));
  expect(found, what).toEqual({ pwned: null, img: 0, svg: 0, handlers: 0, jsLinks: 0, scripts: 0 });
}

test('hostile names and letter text are shown as text and exported inert', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const coordinatorDialogs = watch(page);
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const slug = `hostile-input-${stamp}`;

  await signIn(page, 'coordinator@example.org');
  const campaignPath = await createCampaign(page, `Rivers and probes ${stamp}`, slug);
  // Markdown with raw HTML and a javascript: link: the HTML is dropped, the link loses its target.
  await saveDraft(page, { addressees: 'Minister of Water', body: ['We ask for rivers that run free.', ...renderProbes].join('\n\n'), closing: 'Sincerely,' });
  await tab(page, 'Settings').click();
  await page.getByLabel('Approve every verified sign-on automatically').check();
  await page.getByLabel(/Show the list of approved signatories publicly/).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  await openForSignOn(page);

  // A signer types a name carrying an <img onerror> into the public form.
  const visitor = await browser.newContext();
  const signer = await visitor.newPage();
  const signerDialogs = watch(signer);
  const email = `probe-${stamp}@example.test`;
  await signer.goto(`/letters/${slug}`);
  await signer.getByRole('link', { name: 'As an individual' }).click();
  await signer.getByLabel('Full name').fill(imgProbe);
  await signer.getByLabel('Title or affiliation').fill('<b onmouseover="window.__pwned=6">Hydrologist</b>');
  await signer.getByRole('combobox', { name: /^Country/ }).selectOption({ label: 'Kenya' });
  await signer.getByLabel('Email address').fill(email);
  await signer.getByRole('button', { name: 'Sign the letter' }).click();
  await expect(signer.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  const mail = await latestMail(visitor.request, email, 'sign-on-verification');
  await signer.goto(mail.links.find((l) => new URL(l).pathname.startsWith('/verify/'))!);
  await expect(signer.getByText(imgProbe, { exact: true })).toBeVisible();
  await expectInert(signer, 'verification page');
  await signer.getByRole('button', { name: 'Confirm my sign-on' }).click();
  await expect(signer.getByTestId('sign-on-status')).toHaveText('Approved');
  // The status page offers the name for editing, exactly as typed.
  await expect(signer.getByLabel(/^Full name/)).toHaveValue(imgProbe);
  await expectInert(signer, 'status page');

  // The other probes arrive through a CSV import, quoted as a spreadsheet would write them.
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const csv = ['Name,Country', ...importedProbes.map((p) => `${quote(p)},Peru`)].join('\n');
  await page.goto(`${campaignPath}/import`);
  await page.getByLabel('Or upload a CSV file').setInputFiles({ name: 'probes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByRole('heading', { name: 'Which column holds what?' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).selectOption('name');
  await page.getByLabel('Country', { exact: true }).selectOption('country');
  await page.getByRole('button', { name: 'Show the preview' }).click();
  await expect(page.getByTestId('preview-row')).toHaveCount(importedProbes.length);
  await expectInert(page, 'import preview');
  await page.getByRole('button', { name: `Import ${importedProbes.length} entries` }).click();
  await expect(page.getByRole('status')).toHaveText(`Imported ${importedProbes.length} entries.`);

  // The public page shows every probe as the text that was typed, in the live list (its cached
  // copy follows within the freshness budget).
  const list = signer.getByRole('region', { name: 'Signatories' });
  await expect
    .poll(async () => {
      await signer.goto(`/letters/${slug}`);
      return list.getByRole('listitem').filter({ hasText: renderProbes.at(-1)! }).count();
    })
    .toBe(1);
  for (const probe of renderProbes) {
    await expect(list.getByRole('listitem').filter({ hasText: probe }), probe).toHaveCount(1);
  }
  await expect(signer.getByRole('link', { name: 'Probe Link' })).toHaveCount(0);
  await expectInert(signer, 'public letter page');
  await visitor.close();

  // Coordinators see the same names in their review queue, just as inert.
  await page.goto(`${campaignPath}/review?status=approved`);
  await expect(page.getByText(imgProbe, { exact: true }).first()).toBeVisible();
  await expectInert(page, 'review queue');

  // The export keeps the names, and a formula is prefixed so a spreadsheet shows it as text.
  const exported = await page.request.get(`/letters/${slug}/export.csv`);
  expect(exported.status()).toBe(200);
  const records = parse(await exported.text(), { columns: true, bom: true }) as Record<string, string>[];
  const names = records.map((r) => Object.values(r).find((v) => v.includes('Probe')));
  expect(names).toContain(`'${formulaProbe}`);
  expect(names).not.toContain(formulaProbe);
  for (const probe of renderProbes.filter((p) => p !== formulaProbe)) expect(names).toContain(probe);

  expect([...coordinatorDialogs, ...signerDialogs]).toEqual([]);
});
