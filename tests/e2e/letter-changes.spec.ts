import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createCampaign, openForSignOn, saveDraft } from './support/campaigns';
import { latestMail, mailsTo, signIn, tab } from './support/coordinator';
import { confirmFromEmail, fillOrganization, sendSignOn } from './support/signers';

async function saveVersion(page: Page, body: string, version: number, note: string) {
  await page.getByLabel('Body', { exact: true }).fill(body);
  await page.getByLabel(/^Substantive/).check();
  await page.getByLabel('What changed').fill(note);
  await page.getByRole('button', { name: `Save as version ${version}` }).click();
  await expect(page.getByRole('status')).toContainText(`Saved as version ${version}.`);
}

test('a signer hears once of two quick substantive changes, sees what changed and can withdraw', async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const slug = `forests-${stamp}`;
  const signer = `forests-${stamp}@example.test`;

  await signIn(page, 'coordinator@example.org');
  await createCampaign(page, `Protect the old forests ${stamp}`, slug);
  await saveDraft(page, { body: 'We ask for a **moratorium** on logging.\n\nWe thank you for your attention.' });
  await openForSignOn(page);

  // An organization signs and confirms.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/letters/${slug}?kind=organization`);
  await fillOrganization(visitor, { name: `Forest Peoples Forum ${stamp}`, country: 'Kenya', contact: 'Wanjiru Kamau', role: 'Director', email: signer });
  await sendSignOn(visitor);
  await expect(await confirmFromEmail(visitor, signer)).toHaveText('Confirmed, awaiting review');

  // Two substantive versions in quick succession.
  await tab(page, 'Letter').click();
  await saveVersion(page, 'We demand a **moratorium** on logging by 2027.\n\nWe thank you for your attention.', 2, 'Adds a date');
  await saveVersion(page, 'We demand a **permanent moratorium** on logging by 2027.\n\nWe thank you for your attention.', 3, 'Makes it permanent');

  const mail = await latestMail(visitor.request, signer, 'letter-changed');
  expect((await mailsTo(visitor.request, signer)).filter((m) => m.template === 'letter-changed')).toHaveLength(1);
  const html = await (await visitor.request.get(`/dev/mailbox/${mail.id}/html`)).text();
  expect(html).toContain('<strong>');
  expect(html).not.toContain('**');
  expect(html).not.toContain('We thank you for your attention');

  // The email's comparison link opens the public version history.
  const compare = mail.links.find((l) => l.includes(`/letters/${slug}/versions?from=1&to=`))!;
  await visitor.goto(compare);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Versions of this letter' })).toBeVisible();
  await expect(visitor.getByRole('row', { name: /2 .* Substantive Adds a date/ })).toBeVisible();
  const changes = visitor.getByRole('region', { name: /^Changes from version 1 to version/ });
  await expect(changes.locator('ins').first()).toBeVisible();
  expect((await new AxeBuilder({ page: visitor }).analyze()).violations).toEqual([]);
  await visitor.goto(`/letters/${slug}`);
  await visitor.getByRole('link', { name: 'See what changed' }).click();
  await expect(visitor).toHaveURL(new RegExp(`/letters/${slug}/versions$`));

  // And its withdraw link works.
  await visitor.goto(mail.links.find((l) => l.endsWith('/withdraw'))!);
  await visitor.getByRole('button', { name: 'Yes, withdraw my sign-on' }).click();
  await expect(visitor.getByTestId('sign-on-status')).toHaveText('Withdrawn');
});
