import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { latestMail, mailsTo, signIn, tab } from './support/coordinator';

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
  await page.getByRole('link', { name: 'New campaign' }).click();
  await page.getByLabel('Title of the letter').fill(`Protect the old forests ${stamp}`);
  await page.getByLabel('Web address').fill(slug);
  await page.getByRole('button', { name: 'Create the campaign' }).click();
  await page.getByLabel('Body', { exact: true }).fill('We ask for a **moratorium** on logging.\n\nWe thank you for your attention.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toHaveText('Draft saved.');
  await tab(page, 'Overview').click();
  await page.getByRole('button', { name: 'Open for sign-on' }).click();
  await expect(page.getByRole('status')).toHaveText('The campaign is opened.');

  // An organization signs and confirms.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/letters/${slug}?kind=organization`);
  await visitor.getByLabel('Organization name').fill(`Forest Peoples Forum ${stamp}`);
  await visitor.getByLabel('Country', { exact: false }).last().selectOption({ label: 'Kenya' });
  await visitor.getByLabel('Your name').fill('Wanjiru Kamau');
  await visitor.getByLabel('Your role in the organization').fill('Director');
  await visitor.getByLabel('Email address').fill(signer);
  await visitor.getByLabel('I am authorized to sign on behalf of this organization.').check();
  await visitor.getByRole('button', { name: 'Sign the letter' }).click();
  const verification = await latestMail(visitor.request, signer, 'sign-on-verification');
  await visitor.goto(verification.links.find((l) => l.includes('/verify/'))!);
  await visitor.getByRole('button', { name: 'Confirm my sign-on' }).click();
  await expect(visitor.getByTestId('sign-on-status')).toHaveText('Confirmed, awaiting review');

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
