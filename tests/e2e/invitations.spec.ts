import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createCampaign, openForSignOn, saveDraft } from './support/campaigns';
import { latestMail, mailsTo, signIn, tab, type MailboxMessage } from './support/coordinator';

/** A fresh campaign of this test's own, open for sign-on, so the funnel counts are its alone. */
async function createOpenCampaign(page: Page, stamp: string): Promise<{ slug: string; path: string }> {
  const slug = `invitations-${stamp}`;
  const path = await createCampaign(page, `Seas need allies ${stamp}`, slug);
  await saveDraft(page, { addressees: 'Minister of Fisheries', body: 'We ask that coastal waters be protected.', closing: 'Sincerely,' });
  await openForSignOn(page);
  return { slug, path };
}

const row = (page: Page, name: string) => page.getByRole('row', { name, exact: true });

async function expectFunnel(page: Page, counts: Record<'targets' | 'invited' | 'signed' | 'approved' | 'optedOut', number>) {
  for (const [key, n] of Object.entries(counts)) await expect(page.getByTestId(`funnel-${key}`), key).toHaveText(String(n));
}

test('a coordinator invites three organizations; one signs through its link and is approved, one opts out, one is reminded once', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const harbour = { name: `Harbour Keepers ${stamp}`, email: `harbour-${stamp}@harbour.test` };
  const reef = { name: `Reef Alliance ${stamp}`, email: `reef-${stamp}@reef.test` };
  const mangrove = { name: `Mangrove Trust ${stamp}`, email: `mangrove-${stamp}@mangrove.test` };

  await signIn(page, 'coordinator@example.org');
  const { path } = await createOpenCampaign(page, stamp);

  // Paste the list: three good rows, one repeated name and one bad address are shown and skipped.
  await tab(page, 'Outreach').click();
  await expect(page).toHaveURL(`${path}/outreach`);
  await page.getByLabel('Organizations to invite').fill(
    [
      `${harbour.name}, ${harbour.email}, HK, Kenya`,
      `${reef.name}, ${reef.email}, , Ghana`,
      `${mangrove.name}, ${mangrove.email}`,
      `the harbour keepers ${stamp}, other-${stamp}@harbour.test`,
      `Broken Row ${stamp}, not-an-address`,
    ].join('\n'),
  );
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: 'Preview: 3 of 5 ready to add' })).toBeVisible();
  const preview = page.getByTestId('preview-row');
  await expect(preview.nth(3)).toContainText('Skipped: appears earlier in this list.');
  await expect(preview.nth(4)).toContainText('“not-an-address” is not a valid email address.');
  expect((await new AxeBuilder({ page }).analyze()).violations, 'outreach tab with a preview').toEqual([]);
  await page.getByRole('button', { name: 'Add 3 organizations' }).click();
  await expect(page.getByText('Added 3 organizations. 2 rows were skipped.')).toBeVisible();
  await expect(page.getByTestId('target-row')).toHaveCount(3);
  await expectFunnel(page, { targets: 3, invited: 0, signed: 0, approved: 0, optedOut: 0 });

  await page.getByRole('button', { name: 'Invite all not yet invited (3)' }).click();
  await expect(page.getByText('Invited 3 organizations.')).toBeVisible();
  for (const target of [harbour, reef, mangrove]) await expect(row(page, target.name).getByTestId('target-stage')).toHaveText('Invited');
  const [harbourMail, , mangroveMail] = (await Promise.all([harbour, reef, mangrove].map((t) => latestMail(page.request, t.email, 'outreach-invitation')))) as [
    MailboxMessage,
    MailboxMessage,
    MailboxMessage,
  ];

  // The personal link opens the letter with the form filled in with the organization's details.
  const signer = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });
  const form = await signer.newPage();
  const personal = harbourMail.links.find((l) => l.includes('/invited/'))!;
  expect(personal).toBeTruthy();
  const opened = await form.goto(personal);
  expect(opened?.headers()['cache-control'] ?? '').not.toMatch(/s-maxage|public/);
  await expect(form.getByRole('heading', { name: `${harbour.name} is invited to sign` })).toBeVisible();
  await expect(form.getByLabel('Organization name')).toHaveValue(harbour.name);
  await expect(form.getByLabel('Acronym')).toHaveValue('HK');
  await expect(form.getByLabel('Country (required)')).toHaveValue('KE');
  await expect(form.getByLabel('Email address')).toHaveValue(harbour.email);
  expect((await new AxeBuilder({ page: form }).analyze()).violations, 'invited page').toEqual([]);
  await form.getByLabel('Your name').fill('Achieng Otieno');
  await form.getByLabel('Your role in the organization').fill('Director');
  await form.getByLabel('I am authorized to sign on behalf of this organization.').check();
  await form.getByRole('button', { name: 'Sign the letter' }).click();
  await expect(form.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  const verification = await latestMail(form.request, harbour.email, 'sign-on-verification');
  await form.goto(verification.links.find((l) => l.includes('/verify/'))!);
  await form.getByRole('button', { name: 'Confirm my sign-on' }).click();
  await expect(form.getByTestId('sign-on-status')).toHaveText('Confirmed, awaiting review');

  // The opt-out link shows a button; only the button opts out.
  const optOutLink = mangroveMail.links.find((l) => l.includes('/outreach/opt-out/'))!;
  expect(optOutLink).toBeTruthy();
  await form.goto(optOutLink);
  await form.getByRole('button', { name: 'Stop invitations' }).click();
  await expect(form.getByRole('status')).toContainText('We will not write to you about this letter again.');
  await form.reload();
  await expect(form.getByRole('status')).toHaveText(`${mangrove.name} has opted out. We will not write to you about this letter again.`);
  await expect(form.getByRole('button', { name: 'Stop invitations' })).toHaveCount(0);
  await signer.close();

  await page.reload();
  await expect(row(page, harbour.name).getByTestId('target-stage')).toHaveText('Signed');
  await expect(row(page, harbour.name)).toContainText('through its personal link');
  await expect(row(page, mangrove.name).getByTestId('target-stage')).toHaveText('Opted out');

  // "Remind all" reaches only the organization that has not answered, once.
  const remindedAt = Date.now() - 1000;
  await page.getByRole('button', { name: 'Remind all who have not answered (1)' }).click();
  await expect(page.getByText('Sent 1 reminder.')).toBeVisible();
  await latestMail(page.request, reef.email, 'outreach-reminder', remindedAt);
  await expect(row(page, reef.name)).toContainText('Reminder sent');
  await expect(row(page, reef.name).getByRole('button', { name: 'Send reminder' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Remind all/ })).toHaveCount(0);
  // Give the worker a moment's worth of polls: the opted-out and the signed got nothing more.
  await expect.poll(async () => (await mailsTo(page.request, reef.email)).filter((m) => m.template === 'outreach-reminder').length).toBe(1);
  expect((await mailsTo(page.request, mangrove.email)).map((m) => m.template)).toEqual(['outreach-invitation']);
  expect((await mailsTo(page.request, harbour.email)).filter((m) => m.template.startsWith('outreach-')).map((m) => m.template)).toEqual(['outreach-invitation']);

  // Approved in review, the organization shows as approved.
  await page.goto(`${path}/review`);
  await page.getByRole('article', { name: harbour.name }).getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByRole('status')).toContainText(`Approved: ${harbour.name}.`);
  await tab(page, 'Outreach').click();
  await expect(row(page, harbour.name).getByTestId('target-stage')).toHaveText('Approved');
  await expectFunnel(page, { targets: 3, invited: 3, signed: 1, approved: 1, optedOut: 1 });
  expect((await new AxeBuilder({ page }).analyze()).violations, 'outreach tab').toEqual([]);

  await tab(page, 'Overview').click();
  await expect(page.getByRole('heading', { name: 'Outreach' })).toBeVisible();
  await expectFunnel(page, { targets: 3, invited: 3, signed: 1, approved: 1, optedOut: 1 });
});

test('an organization invited to a letter written in French is written to, welcomed and let go in French', async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const target = { name: `Gardiens du littoral ${stamp}`, email: `littoral-${stamp}@littoral.test` };
  await signIn(page, 'coordinator@example.org');
  await createCampaign(page, `Protéger nos côtes ${stamp}`, `cotes-${stamp}`, 'fr');
  await saveDraft(page, { addressees: 'Madame la Ministre', body: 'Nous demandons la protection des eaux côtières.', closing: 'Veuillez agréer…' });
  await openForSignOn(page);
  await tab(page, 'Outreach').click();
  await page.getByLabel('Organizations to invite').fill(`${target.name}, ${target.email}, GL, France`);
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Add 1 organization' }).click();
  await page.getByRole('button', { name: 'Invite all not yet invited (1)' }).click();
  const mail = await latestMail(page.request, target.email, 'outreach-invitation');
  expect(mail.subject).toBe(`Signerez-vous « Protéger nos côtes ${stamp} » ?`);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(mail.links.find((l) => l.includes('/invited/'))!);
  await expect(visitor.getByRole('heading', { name: `${target.name} est invitée à signer` })).toBeVisible();
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(visitor.getByRole('heading', { name: 'Signer cette lettre' })).toBeVisible();
  await expect(visitor.getByLabel('Nom de l’organisation')).toHaveValue(target.name);
  await expect(visitor).toHaveTitle(/^Votre invitation à signer/);
  expect((await new AxeBuilder({ page: visitor }).analyze()).violations, 'invited page in French').toEqual([]);

  await visitor.getByRole('link', { name: 'Ne plus recevoir d’invitations pour cette lettre' }).click();
  await expect(visitor.getByRole('heading', { name: `Ne plus recevoir d’invitations pour « Protéger nos côtes ${stamp} »` })).toBeVisible();
  expect((await new AxeBuilder({ page: visitor }).analyze()).violations, 'opt-out page in French').toEqual([]);
  await visitor.getByRole('button', { name: 'Ne plus recevoir d’invitations' }).click();
  await expect(visitor.getByRole('status')).toHaveText('C’est fait. Nous ne vous écrirons plus au sujet de cette lettre.');
  await visitor.reload();
  await expect(visitor.getByRole('status')).toHaveText(`${target.name} ne recevra plus rien. Nous ne vous écrirons plus au sujet de cette lettre.`);

  // The letter's own page and the pages around its form speak its language too, the document and
  // the site's header included.
  await visitor.goto(`/letters/cotes-${stamp}?kind=individual`);
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(visitor.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Lettres' })).toBeVisible();
  await visitor.getByLabel('Nom complet').fill('Louise Marin');
  await visitor.getByRole('combobox', { name: /^Pays/ }).selectOption({ label: 'France' });
  await visitor.getByLabel('Adresse électronique').fill(`louise-${stamp}@littoral.test`);
  await visitor.getByRole('button', { name: 'Signer la lettre' }).click();
  await expect(visitor).toHaveURL(new RegExp(`/letters/cotes-${stamp}/check-email$`));
  await expect(visitor.getByRole('heading', { name: 'Consultez votre messagerie' })).toBeVisible();
  await expect(visitor).toHaveTitle(/^Consultez votre messagerie/);
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'fr');
  await visitor.context().close();
});
