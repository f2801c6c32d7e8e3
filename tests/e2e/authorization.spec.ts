// HTTP-level checks behind tests/security/authorization-matrix.ts: who gets what, that a
// cross-site POST to a server action changes nothing, and how the session cookie is set.
import { expect, test } from '@playwright/test';
import { createCampaign } from './support/campaigns';
import { mailsTo, signIn } from './support/coordinator';

const campaignPages = ['', 'letter', 'versions', 'settings', 'coordinators', 'activity', 'preview', 'print', 'outreach'];
const demo = 'protect-the-river-commons';
const unknownToken = 'A'.repeat(43);

test('public pages answer anyone; drafts, private links and the dashboard give strangers nothing', async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const draft = `authz-draft-${stamp}`;
  const title = `Authorization draft ${stamp}`;

  // The owner creates a private draft and finds its dashboard address.
  await signIn(page, 'coordinator@example.org');
  const campaignUrl = await createCampaign(page, title, draft);
  expect(campaignUrl).toMatch(/^\/dashboard\/campaigns\/[0-9a-f-]{36}$/);

  // Signed in, the owner sees every tab.
  for (const tab of campaignPages) {
    const response = await page.goto(`${campaignUrl}/${tab}`.replace(/\/$/, ''));
    expect(response?.status(), tab).toBe(200);
    await expect(page.getByText(title).first()).toBeVisible();
  }

  // Session cookie: HttpOnly and SameSite=Lax (Secure is set by Auth.js when APP_URL is https).
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => /authjs\.session-token$/.test(c.name));
  expect(session, 'the session cookie').toBeTruthy();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe('Lax');

  // Anonymous: every coordinator page sends to sign-in and shows nothing of the campaign.
  const anonymous = await browser.newContext();
  const anon = await anonymous.newPage();
  for (const path of ['/dashboard', '/dashboard/campaigns/new', ...campaignPages.map((t) => `${campaignUrl}/${t}`.replace(/\/$/, ''))]) {
    await anon.goto(path);
    await expect(anon, path).toHaveURL(/\/sign-in/);
    expect(await anon.content(), path).not.toContain(title);
  }

  // A draft is not public anywhere.
  const request = anonymous.request;
  for (const path of [`/letters/${draft}`, `/letters/${draft}/versions`, `/letters/${draft}/signatories`, `/letters/${draft}/print`, `/letters/${draft}/export.csv`,
    `/letters/${draft}/export.json`, `/letters/${draft}/export.txt`, `/api/v1/campaigns/${draft}`, `/api/v1/campaigns/${draft}/signatories?page=1`,
    `/api/v1/campaigns/${draft}/signatories.csv`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain(title);
  }

  // Private links: without the token (or with a wrong one) there is nothing to see.
  for (const path of [`/verify/${unknownToken}`, `/signed/${unknownToken}`, `/signed/${unknownToken}/withdraw`, `/outreach/opt-out/${unknownToken}`, `/letters/${demo}/invited/${unknownToken}`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }

  // Public pages answer everyone.
  for (const path of ['/', '/letters', '/sign-in', '/sign-in/check-email', '/sign-in/confirm', `/letters/${demo}`, `/letters/${demo}/check-email`, `/letters/${demo}/versions`,
    `/letters/fair-seas-for-coastal-fishers/print`, `/letters/fair-seas-for-coastal-fishers/signatories`, `/letters/fair-seas-for-coastal-fishers/export.csv`, `/letters/fair-seas-for-coastal-fishers/export.json`, `/letters/fair-seas-for-coastal-fishers/export.txt`,
    `/api/v1/campaigns/fair-seas-for-coastal-fishers`, `/api/v1/campaigns/fair-seas-for-coastal-fishers/signatories?page=1`, `/api/v1/campaigns/fair-seas-for-coastal-fishers/signatories.csv`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(400);
  }
  await anonymous.close();
});

for (const origin of ['https://evil.example', 'null']) {
  test(`a server action posted with a foreign Origin (${origin}) changes nothing`, async ({ browser }) => {
    const email = `csrf-${Date.now().toString(36)}-${origin === 'null' ? 'null' : 'foreign'}@example.org`;
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const statuses: number[] = [];
      // The real form and its real action id, sent as a page of another site would send it.
      await page.route('**/letters/**', async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        const response = await route.fetch({ headers: { ...route.request().headers(), origin } });
        statuses.push(response.status());
        await route.fulfill({ response });
      });
      await page.goto(`/letters/${demo}`);
      await page.getByRole('link', { name: 'As an individual' }).click();
      await page.getByLabel('Full name').fill(`Cross Site ${origin}`);
      await page.getByRole('combobox', { name: /^Country/ }).selectOption({ label: 'Kenya' });
      await page.getByLabel('Email address').fill(email);
      await page.getByRole('button', { name: 'Sign the letter' }).click();
      await expect.poll(() => statuses.length).toBeGreaterThan(0);
      expect(statuses[0], `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBeGreaterThanOrEqual(400);
      await expect(page).not.toHaveURL(/check-email/);
      await context.close();
    }
    // No sign-on was made: no verification email was queued, even after the worker ran.
    const control = await browser.newContext();
    await control.request.get(`/letters/${demo}`);
    expect(await mailsTo(control.request, email)).toEqual([]);
    await control.close();
  });
}
