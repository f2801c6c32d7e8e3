import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mailLink } from './support/coordinator';
import { fillOrganization, uniqueEmail } from './support/signers';

const DEMO = '/letters/protect-the-river-commons';
// Seeded with the auto_all approval policy: confirmed sign-ons appear at once.
const AUTO = '/letters/clean-air-around-every-school';

async function expectNoAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations, what).toEqual([]);
}

const summary = (page: Page) => page.getByTestId('summary-sentence');

function counts(sentence: string) {
  const n = (re: RegExp) => Number(sentence.match(re)?.[1]?.replace(/,/g, '') ?? 0);
  return { organizations: n(/([\d,]+) organizations?/), individuals: n(/([\d,]+) individuals?/), countries: n(/([\d,]+) countr/) };
}

async function signAsOrganization(page: Page, email: string, name: string) {
  await page.getByRole('link', { name: 'For an organization' }).click();
  await fillOrganization(page, { name, acronym: 'TRF', country: 'Kenya', contact: 'Wanjiru Kamau', role: 'Director', email });
  await page.getByLabel('Website').fill('https://tana-river.example.org');
  await page.getByRole('button', { name: 'Sign the letter' }).click();
}

async function signAsIndividual(page: Page, email: string, name: string, country: string) {
  await page.getByRole('link', { name: 'As an individual' }).click();
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Title or affiliation').fill('Hydrologist');
  await page.getByRole('combobox', { name: /^Country/ }).selectOption({ label: country });
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Sign the letter' }).click();
}

function flows(js: boolean) {
  // axe runs inside the page, so it needs JavaScript; the JavaScript runs check the same pages.
  const checkAxe = (page: Page, what: string) => (js ? expectNoAxeViolations(page, what) : Promise.resolve());

  test(`an organization signs the demo letter, confirms by email and awaits review${js ? '' : ' (no JavaScript)'}`, async ({ page, request }) => {
    await page.goto(DEMO);
    const before = (await summary(page).textContent()) ?? '';
    expect(before).toMatch(/organizations and .* individuals from .* countries/);
    await expect(page.getByText(/Sign-on closes on .*Europe\/Amsterdam/)).toBeVisible();
    await checkAxe(page, 'letter page');

    const email = uniqueEmail('org');
    await signAsOrganization(page, email, `Tana River Forum ${js ? 'A' : 'B'}`);
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();

    const confirm = await mailLink(request, email, 'sign-on-verification', '/verify/');
    // Opening the link twice changes nothing: the button is still there.
    await page.goto(confirm);
    await page.goto(confirm);
    await expect(page.getByRole('heading', { name: 'Confirm your sign-on' })).toBeVisible();
    await expect(page.getByText(`Tana River Forum ${js ? 'A' : 'B'}`)).toBeVisible();
    await checkAxe(page, 'confirmation page');
    await page.getByRole('button', { name: 'Confirm my sign-on' }).click();

    await expect(page.getByRole('heading', { name: 'Your sign-on' })).toBeVisible();
    await expect(page.getByTestId('sign-on-status')).toHaveText('Confirmed, awaiting review');
    await expect(page.getByText('You signed version 1 of the letter')).toBeVisible();
    await checkAxe(page, 'status page');

    // The "received" email carries a status link of its own.
    const status = await mailLink(request, email, 'sign-on-received', '/signed/');
    await page.goto(status);
    await expect(page.getByTestId('sign-on-status')).toHaveText('Confirmed, awaiting review');

    // The confirmation link is spent and says so.
    await page.goto(confirm);
    await expect(page.getByRole('heading', { name: 'This link has already been used' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send me a new link' })).toBeVisible();

    // Awaiting review: not counted yet.
    await page.goto(DEMO);
    await expect(summary(page)).toHaveText(before);
  });

  test(`an individual signs a letter that approves on confirmation, and the summary changes${js ? '' : ' (no JavaScript)'}`, async ({ page, request }) => {
    await page.goto(AUTO);
    const before = counts((await summary(page).textContent()) ?? '');
    const email = uniqueEmail('person');
    await signAsIndividual(page, email, `Astrid Berg ${js ? 'A' : 'B'}`, 'Norway');
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();

    await page.goto(await mailLink(request, email, 'sign-on-verification', '/verify/'));
    await page.getByRole('button', { name: 'Confirm my sign-on' }).click();
    await expect(page.getByTestId('sign-on-status')).toHaveText('Approved');
    const statusUrl = page.url();

    await expect
      .poll(async () => {
        await page.goto(AUTO);
        return counts((await summary(page).textContent()) ?? '');
      })
      .toMatchObject({ organizations: before.organizations, individuals: before.individuals + 1 });
    await mailLink(request, email, 'sign-on-approved', '/signed/');

    // Editing an approved entry sends it back to review, and it leaves the counts.
    await page.goto(statusUrl);
    await page.getByLabel('Title or affiliation').fill('Professor of Hydrology');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Your changes are saved.')).toBeVisible();
    await expect(page.getByTestId('sign-on-status')).toHaveText('Confirmed, awaiting review');
    // The cached page follows within the freshness budget (changes to one letter are coalesced to one a second).
    await expect
      .poll(async () => {
        await page.goto(AUTO);
        return counts((await summary(page).textContent()) ?? '').individuals;
      })
      .toBe(before.individuals);

    // Withdraw, with a confirmation step.
    await page.goto(statusUrl);
    await page.getByRole('link', { name: 'Withdraw my sign-on…' }).click();
    await expect(page.getByRole('heading', { name: 'Withdraw your sign-on' })).toBeVisible();
    await page.getByRole('button', { name: 'Yes, withdraw my sign-on' }).click();
    await expect(page.getByTestId('sign-on-status')).toHaveText('Withdrawn');
    await expect(page.getByRole('link', { name: 'Withdraw my sign-on…' })).toHaveCount(0);
  });

  test(`the form shows field errors and keeps what was typed${js ? '' : ' (no JavaScript)'}`, async ({ page }) => {
    await page.goto(`${DEMO}?kind=organization`);
    await fillOrganization(page, { name: 'Delta Voices', country: 'International / no single country', contact: 'Ana Silva', role: 'Coordinator', email: uniqueEmail('errors') });
    await page.getByLabel('Website').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Sign the letter' }).click();

    await expect(page.getByRole('region', { name: 'Sign this letter' }).getByRole('alert')).toContainText(
      'Please correct the highlighted fields.',
    );
    await expect(page.getByText('Enter a web address starting with https:// or http://.')).toBeVisible();
    await expect(page.getByLabel('Website')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Organization name')).toHaveValue('Delta Voices');
    await expect(page.getByLabel('Your name')).toHaveValue('Ana Silva');
    await expect(page.getByLabel('I am authorized to sign on behalf of this organization.')).toBeChecked();
    await checkAxe(page, 'form with errors');
  });
}

test.describe('with JavaScript', () => {
  flows(true);

  test('the country search narrows the picker', async ({ page }) => {
    await page.goto(`${DEMO}?kind=individual`);
    await page.getByRole('searchbox', { name: /Search the country list/ }).fill('norw');
    await expect(page.getByRole('combobox', { name: /^Country/ })).toHaveValue('NO');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  flows(false);

  test('a 1 MB submission is refused without a server error', async ({ page }) => {
    await page.goto(`${DEMO}?kind=individual`);
    await page.getByLabel('Full name').fill('Big Body');
    await page.getByLabel('Email address').fill(uniqueEmail('big'));
    await page.getByLabel('Comment to the coordinators').evaluate((el) => {
      el.removeAttribute('maxlength');
      (el as HTMLTextAreaElement).value = 'x'.repeat(1024 * 1024);
    });
    const response = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Sign the letter' }).click();
    const status = (await response).status();
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });
});

test('unknown confirmation and status links get a clear 404 page', async ({ page }) => {
  const verify = await page.goto('/verify/not-a-real-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  expect(verify?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
  const status = await page.goto('/signed/not-a-real-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  expect(status?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a signer who lost their link has it emailed again from the letter page', async ({ page, request }) => {
    await page.goto(AUTO);
    const email = uniqueEmail('forgetful');
    await signAsIndividual(page, email, 'Noor Haddad', 'Jordan');
    await page.goto(await mailLink(request, email, 'sign-on-verification', '/verify/'));
    await page.getByRole('button', { name: 'Confirm my sign-on' }).click();
    await expect(page.getByTestId('sign-on-status')).toHaveText('Approved');

    // Much later, on another device: the letter page leads to "Email me my link".
    await page.context().clearCookies();
    await page.goto(AUTO);
    await page.getByRole('link', { name: 'Email me my link' }).click();
    await expect(page).toHaveURL(/\/my-link$/);
    await page.getByLabel('Email address you signed with').fill(email);
    await page.getByRole('button', { name: 'Email me my link' }).click();
    await expect(page).toHaveURL(/\/my-link\/sent$/);
    await expect(page.getByRole('status')).toContainText('If this address has signed this letter');
    await page.goto(await mailLink(request, email, 'sign-on-status-link', '/signed/'));
    await expect(page.getByTestId('sign-on-status')).toHaveText('Approved');
  });
});

test('non-browser clients get 303, 400 and 429 from the form endpoint', async ({ request }) => {
  // X-Forwarded-For is not trusted (no proxy is declared): every request counts as this client's.
  const post = (form: Record<string, string>) =>
    request.post(`${DEMO}/sign`, { form, maxRedirects: 0, headers: { 'x-forwarded-for': '198.51.100.7' } });
  const bad = await post({ kind: 'organization', displayName: '', email: 'nope' });
  expect(bad.status()).toBe(400);
  const ok = await post({ kind: 'individual', displayName: 'Script Signer', email: uniqueEmail('script') });
  expect(ok.status()).toBe(303);
  expect(ok.headers().location).toMatch(/\/letters\/protect-the-river-commons\/check-email$/);
  let last = 303;
  for (let i = 0; i < 40 && last !== 429; i++) last = (await post({ kind: 'individual', displayName: `S ${i}`, email: uniqueEmail('script') })).status();
  expect(last).toBe(429);
});
