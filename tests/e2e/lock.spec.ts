import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { createCampaign, openForSignOn, saveDraft } from './support/campaigns';
import { latestMail, mailsTo, signIn, tab } from './support/coordinator';
import { confirmFromEmail, fillOrganization, sendSignOn, type Organization } from './support/signers';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function expectNoAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations, what).toEqual([]);
}

test('an owner closes, locks, exports and records the delivery of a letter', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const slug = `final-list-${stamp}`;
  const title = `A final list ${stamp}`;
  const organization = (name: string, acronym: string, country: string, email: string, keepInformed: boolean): Organization => ({
    name,
    acronym,
    country,
    contact: `Contact of ${name}`,
    role: 'Director',
    email,
    keepInformed,
  });
  const informed = organization(`Zambezi Water Trust ${stamp}`, 'ZWT', 'Zambia', `informed-${stamp}@example.test`, true);
  const quiet = organization(`Alpine Rivers Network ${stamp}`, 'ARN', 'Austria', `quiet-${stamp}@example.test`, false);

  await signIn(page, 'coordinator@example.org');

  // A campaign of our own, approving every confirmed sign-on at once.
  const campaignPath = await createCampaign(page, title, slug);
  await saveDraft(page, { addressees: 'Minister of Water', body: 'We ask for rivers that run free.', closing: 'Sincerely,' });
  await tab(page, 'Settings').click();
  await page.getByLabel('Approve every verified sign-on automatically').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  await tab(page, 'Overview').click();
  // Nothing to lock yet, and a draft may be deleted.
  await expect(page.getByRole('link', { name: 'Lock the final list…' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Delete this campaign…' })).toBeVisible();
  await page.getByRole('button', { name: 'Open for sign-on' }).click();
  await expect(page.getByRole('status')).toHaveText('The campaign is opened.');
  await expect(page.getByText('Close sign-on to lock the final list.')).toBeVisible();

  // Two signers through the public form, one asking to be kept informed; the later one sorts first.
  const visitor = await browser.newContext();
  const signer = await visitor.newPage();
  for (const org of [informed, quiet]) {
    await signer.goto(`/letters/${slug}`);
    await fillOrganization(signer, org);
    await sendSignOn(signer);
    await expect(await confirmFromEmail(signer, org.email)).toHaveText('Approved');
  }
  // A third visitor has the form open while the letter is still open, and sends it only after the lock.
  const late = await visitor.newPage();
  await late.goto(`/letters/${slug}`);
  await fillOrganization(late, organization(`Late Cooperative ${stamp}`, 'LC', 'Chile', `late-${stamp}@example.test`, true));

  // Before the lock, coordinators can download the live list; the public cannot.
  const early = await page.request.get(`/letters/${slug}/export.json`);
  expect(early.status()).toBe(200);
  expect((await early.json()).entries).toHaveLength(2);
  expect((await visitor.request.get(`/letters/${slug}/export.json`)).status()).toBe(404);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Download' }).getByRole('link', { name: 'CSV' })).toHaveAttribute('href', `/letters/${slug}/export.csv`);

  // Close, then lock after a confirmation that shows what the list will say.
  await page.getByRole('button', { name: 'Close sign-on' }).click();
  await expect(page.getByRole('status')).toHaveText('The campaign is closed.');
  await page.getByRole('link', { name: 'Lock the final list…' }).click();
  await expect(page.getByRole('heading', { name: 'Lock the final list' })).toBeVisible();
  await expect(page.getByTestId('lock-summary')).toHaveText('2 organizations from 2 countries');
  await expect(page.getByTestId('lock-awaiting')).toHaveText('No sign-ons are awaiting review.');
  await expectNoAxeViolations(page, 'lock confirmation');
  // A second tab (as a second owner would) has the same confirmation open.
  const second = await page.context().newPage();
  await second.goto(`${campaignPath}/lock`);
  // Without the tick, nothing happens.
  await page.getByRole('button', { name: 'Lock the final list' }).click();
  await expect(page).toHaveURL(new RegExp(`${campaignPath}/lock$`));
  await page.getByLabel(/I understand that the list becomes final/).check();
  await page.getByRole('button', { name: 'Lock the final list' }).click();
  await expect(page).toHaveURL(new RegExp(`${campaignPath}\\?done=locked$`));
  await expect(page.getByRole('status')).toHaveText('The final list is locked.');
  const hash = ((await page.getByTestId('overview-hash').textContent()) ?? '').trim();
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await expect(page.getByRole('link', { name: 'Public final list' })).toBeVisible();
  await expect(page.getByText('cannot be deleted')).toBeVisible();
  // The other tab's lock is answered clearly, and nothing is locked twice.
  await second.getByLabel(/I understand that the list becomes final/).check();
  await second.getByRole('button', { name: 'Lock the final list' }).click();
  await expect(second.getByRole('alert').filter({ hasText: 'already locked' })).toHaveText('This letter is already locked.');
  await second.close();

  // The public final list: exactly the approved entries, in collation order.
  const publicPage = await visitor.newPage();
  await expect
    .poll(async () => {
      await publicPage.goto(`/letters/${slug}/signatories`);
      return publicPage.getByTestId('summary-sentence').textContent();
    })
    .toBe('2 organizations from 2 countries');
  expect(await publicPage.locator('.signatory-list li').allTextContents()).toEqual([
    `${quiet.name} (ARN), Austria`,
    `${informed.name} (ZWT), Zambia`,
  ]);
  await expect(publicPage.getByTestId('snapshot-hash')).toHaveText(hash);

  // Exports, for the coordinator and for the public alike; the hash is that of the JSON as served.
  for (const request of [page.request, visitor.request]) {
    const json = await request.get(`/letters/${slug}/export.json`);
    expect(json.status()).toBe(200);
    const body = await json.text();
    expect(sha256(body)).toBe(hash);
    expect(JSON.parse(body).entries.map((e: { name: string }) => e.name)).toEqual([quiet.name, informed.name]);
    const csv = await request.get(`/letters/${slug}/export.csv`);
    expect(csv.status()).toBe(200);
    const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => Object.values(r).join('|'))).toEqual([
      expect.stringContaining(quiet.name),
      expect.stringContaining(informed.name),
    ]);
  }

  // After the lock no form, a clear notice, and sign-ons are refused however they come.
  await publicPage.goto(`/letters/${slug}`);
  await expect(publicPage.getByText('Sign-on for this letter has ended: the list of signatories is final.')).toBeVisible();
  await expect(publicPage.getByRole('button', { name: 'Sign the letter' })).toHaveCount(0);
  await late.getByRole('button', { name: 'Sign the letter' }).click();
  await expect(late.getByRole('alert').filter({ hasText: 'no longer accepts sign-ons' })).toHaveText(
    'The list of signatories of this letter is final; it no longer accepts sign-ons.',
  );
  const posted = await visitor.request.post(`/letters/${slug}/sign`, {
    form: { kind: 'individual', displayName: 'Too Late', country: 'FR', email: `too-late-${stamp}@example.test` },
  });
  expect(posted.status()).toBe(409);
  expect((await posted.json()).error.message).toContain('no longer accepts sign-ons');

  // Record the delivery.
  await page.getByRole('link', { name: 'Record delivery…' }).click();
  await expect(page.getByRole('heading', { name: 'Record delivery' })).toBeVisible();
  await expectNoAxeViolations(page, 'delivery form');
  await expect(page.getByLabel('When')).not.toHaveValue('');
  await page.getByLabel('To whom').fill('Minister of Water, Ministry of Water');
  await page.getByLabel('In person').check();
  await page.getByLabel('Public note (optional)').fill('Handed over at the ministry.');
  await page.getByLabel('Public link (optional)').fill('javascript:alert(1)');
  await page.getByLabel(/I confirm the letter was delivered/).check();
  await expect(page.getByText('1 signer who asked to be kept informed will be emailed')).toBeVisible();
  await page.getByRole('button', { name: 'Record delivery' }).click();
  await expect(page.getByText('Enter a web address starting with http:// or https://')).toBeVisible();
  await expect(page.getByLabel('To whom')).toHaveValue('Minister of Water, Ministry of Water');
  await page.getByLabel('Public link (optional)').fill('https://example.org/delivered');
  await page.getByLabel(/I confirm the letter was delivered/).check();
  await page.getByRole('button', { name: 'Record delivery' }).click();
  await expect(page).toHaveURL(new RegExp(`${campaignPath}\\?done=delivered$`));
  await expect(page.getByRole('status')).toContainText('The delivery is recorded.');
  await expect(page.getByText(/Delivered on .+ to Minister of Water, Ministry of Water, in person\./)).toBeVisible();

  await publicPage.goto(`/letters/${slug}`);
  await expect(publicPage.getByText(/Delivered on .+ to Minister of Water, Ministry of Water/).first()).toBeVisible();

  // The "letter delivered" email reaches the signer who asked, and only them.
  const delivered = await latestMail(visitor.request, informed.email, 'letter-delivered');
  expect(delivered.links.some((l) => new URL(l).pathname === `/letters/${slug}`)).toBe(true);
  expect((await mailsTo(visitor.request, quiet.email)).map((m) => m.template)).not.toContain('letter-delivered');
  await visitor.close();
});

test('the lock, delivery and delete pages send visitors to sign in', async ({ request }) => {
  for (const section of ['lock', 'deliver', 'delete']) {
    const response = await request.get(`/dashboard/campaigns/00000000-0000-4000-8000-000000000000/${section}`, { maxRedirects: 0 });
    expect(response.status(), section).toBe(307);
  }
});

test('editors are told that lock and deletion are for owners; an owner deletes a campaign by typing its address', async ({ page }) => {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const slug = `to-delete-${stamp}`;
  const editor = `editor-${stamp}@example.org`;

  await signIn(page, 'coordinator@example.org');
  const campaignPath = await createCampaign(page, `A letter to delete ${stamp}`, slug);
  await saveDraft(page, { body: 'We ask for a tidy database.' });
  await openForSignOn(page);
  await page.getByRole('button', { name: 'Close sign-on' }).click();
  await expect(page.getByRole('status')).toHaveText('The campaign is closed.');
  await tab(page, 'Coordinators').click();
  await page.getByLabel('Email address', { exact: true }).fill(editor);
  await page.getByLabel('Role', { exact: true }).selectOption('editor');
  await page.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByRole('status')).toContainText(`Invited ${editor} as editor`);

  // The editor sees why the lock is not theirs to press, and cannot reach it directly either.
  const other = await page.context().browser()!.newContext();
  const editorPage = await other.newPage();
  await signIn(editorPage, editor);
  await editorPage.goto(campaignPath);
  await expect(editorPage.getByText('Only an owner can lock the final list.')).toBeVisible();
  await expect(editorPage.getByRole('link', { name: 'Lock the final list…' })).toHaveCount(0);
  await expect(editorPage.getByRole('link', { name: 'Delete this campaign…' })).toHaveCount(0);
  await editorPage.goto(`${campaignPath}/lock`);
  await expect(editorPage.getByText('Only an owner of this campaign can lock the final list.')).toBeVisible();
  await expect(editorPage.getByRole('button', { name: 'Lock the final list' })).toHaveCount(0);
  await editorPage.goto(`${campaignPath}/delete`);
  await expect(editorPage.getByText('Only an owner of this campaign can delete it.')).toBeVisible();
  await other.close();

  // The owner deletes it, once the address is typed exactly.
  await page.goto(campaignPath);
  await page.getByRole('link', { name: 'Delete this campaign…' }).click();
  await expectNoAxeViolations(page, 'delete confirmation');
  await page.getByLabel(`Type ${slug} to confirm`).fill('something-else');
  await page.getByRole('button', { name: 'Delete this campaign' }).click();
  await expect(page.getByText(`Type ${slug} exactly to confirm.`)).toBeVisible();
  await page.getByLabel(`Type ${slug} to confirm`).fill(slug);
  await page.getByRole('button', { name: 'Delete this campaign' }).click();
  await expect(page).toHaveURL(/\/dashboard\?deleted=1$/);
  await expect(page.getByRole('status')).toHaveText('The campaign was deleted.');
  await expect(page.getByRole('link', { name: `A letter to delete ${stamp}` })).toHaveCount(0);
  expect((await page.request.get(`/letters/${slug}`)).status()).toBe(404);
});
