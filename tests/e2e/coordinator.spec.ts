import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { latestMail, mailsTo, requestLink, signIn, tab } from './support/coordinator';

test('a coordinator writes, opens and revises a letter, then brings in a co-coordinator', async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const slug = `clean-air-${stamp}`;
  const title = `Clean air for every school ${stamp}`;
  const invitee = `co-${stamp}@example.org`;
  const stranger = `stranger-${stamp}@example.org`;

  // A stranger gets the very same answer, and no email.
  await requestLink(page, stranger);
  const strangerPage = await page.content();
  await signIn(page, 'coordinator@example.org');
  expect(strangerPage).toContain('If that address belongs to a coordinator');
  expect(await mailsTo(page.request, stranger)).toEqual([]);

  const demoHref = await page.getByRole('link', { name: /protect the River Commons/ }).getAttribute('href');

  // Create a campaign: a private draft.
  await page.getByRole('link', { name: 'New campaign' }).click();
  await page.getByLabel('Title of the letter').fill(title);
  await page.getByLabel('Web address').fill('protect-the-river-commons');
  await page.getByRole('button', { name: 'Create the campaign' }).click();
  await expect(page.getByText('This address is already used by another letter')).toBeVisible();
  await page.getByLabel('Web address').fill(slug);
  await page.getByRole('button', { name: 'Create the campaign' }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns\/[0-9a-f-]+\/letter$/);
  const campaignPath = new URL(page.url()).pathname.replace(/\/letter$/, '');

  // Write the letter; the preview follows the Markdown as it is typed.
  await page.getByLabel('Addressees').fill('Minister of Education\nMinistry of Education');
  await page.getByLabel('Body', { exact: true }).fill('We ask for **clean air** in every school.\n\n- Filters in classrooms\n- Monitoring');
  await page.getByLabel('Closing').fill('Sincerely,');
  const preview = page.getByRole('region', { name: 'Preview, as the public will see it' });
  await expect(preview.locator('strong', { hasText: 'clean air' })).toBeVisible();
  await expect(preview.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toHaveText('Draft saved.');

  // Invisible to the public while a draft; previewable by its coordinators.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/letters/${slug}`)).status()).toBe(404);
  await page.getByRole('link', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('this draft is not public yet')).toBeVisible();

  // Open it.
  await tab(page, 'Overview').click();
  await expect(page.getByRole('button', { name: 'Close sign-on' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Open for sign-on' }).click();
  await expect(page.getByRole('status')).toHaveText('The campaign is opened.');
  await expect(page.getByRole('button', { name: 'Open for sign-on' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Close sign-on' })).toBeVisible();
  const publicPage = await anonymous.newPage();
  await publicPage.goto(`/letters/${slug}`);
  await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText(title);

  // A substantive edit is a new version.
  await tab(page, 'Letter').click();
  await page.getByLabel('Body', { exact: true }).fill('We demand **clean air** in every school by 2028.\n\n- Filters in classrooms\n- Monitoring');
  await page.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(page.getByText('Say whether this change is minor or substantive.')).toBeVisible();
  await page.getByLabel(/^Substantive/).check();
  await page.getByLabel('What changed').fill('Adds a date');
  await page.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(page.getByRole('status')).toContainText('Saved as version 2.');

  // The diff, in words.
  await tab(page, 'Versions').click();
  await expect(page.getByRole('row', { name: /2 .* Substantive Adds a date/ })).toBeVisible();
  const changes = page.getByRole('region', { name: 'Changes from version 1 to version 2' });
  await expect(changes.locator('del')).toContainText(['ask for']);
  await expect(changes.locator('ins')).toContainText(['demand', 'by 2028']);

  // The audit trail.
  await tab(page, 'Activity').click();
  await expect(page.getByRole('row', { name: /Opened for sign-on draft → open/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Saved a new letter version 1 → 2/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Created the campaign/ })).toBeVisible();

  // Invite a co-coordinator.
  await tab(page, 'Coordinators').click();
  await page.getByLabel('Email address', { exact: true }).fill(invitee);
  await page.getByLabel('Role', { exact: true }).selectOption('editor');
  await page.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByRole('status')).toContainText(`Invited ${invitee} as editor`);
  await expect(page.getByRole('button', { name: `Remove ${invitee}` })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await page.request.get(campaignPath, { maxRedirects: 0 })).status()).toBe(307);

  // The invitee follows the invitation, signs in, and sees only this campaign.
  const invitation = await latestMail(page.request, invitee, 'coordinator-invitation');
  const invitationLink = invitation.links.find((l) => l.includes('/sign-in'));
  await page.goto(invitationLink!);
  await expect(page.getByLabel('Your email address')).toHaveValue(invitee);
  await signIn(page, invitee);
  const campaignsListed = page.getByRole('main').getByRole('listitem');
  await expect(campaignsListed).toHaveCount(1);
  await expect(campaignsListed).toContainText(title);
  await expect(campaignsListed).toContainText('You are an editor.');
  // Another campaign is simply not there for them.
  expect((await page.goto(demoHref!))?.status()).toBe(404);
  // Every page of that campaign answers 404 to them and carries none of its private data.
  const demoPath = new URL(demoHref!, page.url()).pathname;
  for (const sub of ['', '/letter', '/versions', '/settings', '/coordinators', '/activity', '/preview', '/review', '/import', '/lock', '/deliver', '/delete']) {
    const response = await page.request.get(`${demoPath}${sub}`);
    expect(response.status(), `${sub || '/'} of another campaign`).toBe(404);
    expect(await response.text(), `${sub || '/'} of another campaign`).not.toMatch(/laketana\.example|Our board approved this/);
  }
  // Editors do not manage coordinators.
  await page.goto(`${campaignPath}/coordinators`);
  await expect(page.getByText('Only owners can invite, change or remove coordinators.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Invite' })).toHaveCount(0);
  await anonymous.close();
});

test('sign-in pages pass axe-core checks and a used or broken link explains itself', async ({ page }) => {
  await page.goto('/sign-in');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto('/sign-in/confirm?token=abc&email=someone%40example.org&callbackUrl=%2Fdashboard');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in\?error=Verification/);
  await expect(page.getByText('That sign-in link has expired or has already been used')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto('/sign-in/check-email');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('coordinator pages send visitors to sign in', async ({ request }) => {
  for (const path of ['/dashboard', '/dashboard/campaigns/new', '/dashboard/campaigns/00000000-0000-4000-8000-000000000000/letter']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toContain('/sign-in?callbackUrl=');
  }
});
