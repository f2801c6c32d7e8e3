import { createServer, type Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { latestMail, signIn } from './support/coordinator';
import { extraPort } from './support/server';
import { uniqueEmail } from './support/signers';

const DEMO = 'protect-the-river-commons';
// Seeded with the auto_all approval policy: a confirmed sign-on is approved at once.
const AUTO = 'clean-air-around-every-school';
const DELIVERED = 'fair-seas-for-coastal-fishers';
const PHONE = { width: 390, height: 844 };

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function expectNoAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations, what).toEqual([]);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const badgeText = async (request: APIRequestContext, slug: string) => (await request.get(`/letters/${slug}/badge.svg`)).text();
const ogBytes = async (request: APIRequestContext, slug: string) => Buffer.from(await (await request.get(`/letters/${slug}/og.png`)).body());

/**
 * Another site, on another origin: a page that frames one of ours. `/embed/<slug>` frames the
 * embeddable sign-on page, `/embed/<slug>/<locale>` its translation, `/letter/<slug>` the letter
 * page itself.
 */
let partner: Server;
const partnerPort = extraPort(50);
const partnerBase = `http://127.0.0.1:${partnerPort}`;

test.beforeAll(async ({ baseURL }) => {
  partner = createServer((req, res) => {
    const [, kind, slug, locale] = (req.url ?? '').split('/');
    const src = kind === 'letter' ? `${baseURL}/letters/${slug}` : `${baseURL}/letters/${slug}${locale ? `/${locale}` : ''}/embed`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Partner site</title><h1>Partner site</h1><iframe src="${src}" title="Sign-on" style="width:100%;height:1600px;border:0" onload="document.body.dataset.framed='done'"></iframe></html>`);
  });
  await new Promise<void>((resolve) => partner.listen(partnerPort, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => partner.close(resolve));
});

test('the letter page shares the letter: links with its encoded address, a QR code, and a button to the form', async ({ page, baseURL }) => {
  await page.goto(`/letters/${DEMO}`);
  const url = `${baseURL}/letters/${DEMO}`;
  const kit = page.getByTestId('share-kit');
  await expect(kit.getByRole('heading', { name: 'Share this letter' })).toBeVisible();
  const href = async (network: string) => kit.locator(`a[data-network="${network}"]`).getAttribute('href');
  expect(await href('facebook')).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`);
  expect(await href('linkedin')).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`);
  expect(await href('telegram')).toContain(`https://t.me/share/url?url=${encodeURIComponent(url)}&text=`);
  expect(await href('x')).toContain(`https://twitter.com/intent/tweet?url=${encodeURIComponent(url)}&text=`);
  expect(await href('whatsapp')).toMatch(/^https:\/\/wa\.me\/\?text=Sign%20the%20open%20letter/);
  expect(await href('bluesky')).toContain(encodeURIComponent(url));
  expect(await href('email')).toMatch(/^mailto:\?subject=/);
  await expect(kit.getByLabel('Link to this letter')).toHaveValue(url);
  await expect(kit.getByRole('button', { name: 'Copy link' })).toBeVisible();
  const qr = page.getByTestId('share-qr');
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
  expect((await qr.locator('path').getAttribute('d'))?.length).toBeGreaterThan(100);

  // The social card and the icon are declared.
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toBe(`${url}/og.png`);
  expect(await page.locator('meta[property="og:image:width"]').getAttribute('content')).toBe('1200');
  expect(await page.locator('meta[property="og:image:height"]').getAttribute('content')).toBe('630');
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  expect((await page.request.get('/favicon.ico')).headers()['content-type']).toContain('image/svg+xml');

  // A long letter: one button near the top jumps to the form.
  await page.getByRole('link', { name: 'Sign this letter' }).click();
  await expect(page).toHaveURL(/#sign-on$/);
  await expect(page.locator('#sign-on')).toBeInViewport();
  await expectNoAxeViolations(page, 'letter page with the share kit');

  await page.setViewportSize(PHONE);
  await page.reload();
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
});

test('after signing, the check-email page asks the signer to pass the letter on (no JavaScript)', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`/letters/${DEMO}?kind=individual#sign-on`);
  await page.getByLabel('Full name').fill('Noor Haddad');
  await page.getByRole('combobox', { name: /^Country/ }).selectOption({ label: 'Jordan' });
  await page.getByLabel('Email address').fill(uniqueEmail('share'));
  await page.getByRole('button', { name: 'Sign the letter' }).click();
  await expect(page).toHaveURL(new RegExp(`/letters/${DEMO}/check-email(#sign-on)?$`));
  const kit = page.getByTestId('share-kit');
  await expect(kit.getByRole('heading', { name: 'Thank you — now ask others' })).toBeVisible();
  expect(await kit.locator('a[data-network="whatsapp"]').getAttribute('href')).toContain(encodeURIComponent(`${baseURL}/letters/${DEMO}`));
  // Without JavaScript the address is there to copy by hand, and no button that cannot work.
  await expect(kit.getByLabel('Link to this letter')).toHaveValue(`${baseURL}/letters/${DEMO}`);
  await expect(kit.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(page.getByTestId('share-qr')).toBeVisible();
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await context.close();
});

test('a delivered letter shows the first names of its final list and the way to the whole list', async ({ page }) => {
  await page.goto(`/letters/${DELIVERED}`);
  const preview = page.getByTestId('final-list-preview');
  await expect(preview.getByRole('listitem').first()).toBeVisible();
  expect(await preview.getByRole('listitem').count()).toBeLessThanOrEqual(20);
  await expect(page.getByRole('link', { name: 'Sign this letter' })).toHaveCount(0);
  await preview.getByRole('link', { name: /final list|See all/ }).click();
  await expect(page).toHaveURL(new RegExp(`/letters/${DELIVERED}/signatories$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Final list of signatories' })).toBeVisible();
  // Nothing private reaches the public page, the card or the badge.
  await page.goto(`/letters/${DELIVERED}`);
  expect(await page.content()).not.toMatch(/@(cff|smallboats|afa|bluecommons)\.example/);
  expect(await badgeText(page.request, DELIVERED)).not.toContain('@');
  await expectNoAxeViolations(page, 'delivered letter with its final list');
});

test('the social card and the badge are images of the live state', async ({ request }) => {
  const og = await request.get(`/letters/${AUTO}/og.png`);
  expect(og.status()).toBe(200);
  expect(og.headers()['content-type']).toBe('image/png');
  const size = pngSize(Buffer.from(await og.body()));
  expect(size.width).toBeGreaterThanOrEqual(1200);
  expect(size.height).toBeGreaterThanOrEqual(630);

  const badge = await request.get(`/letters/${AUTO}/badge.svg`);
  expect(badge.headers()['content-type']).toContain('image/svg+xml');
  expect(await badge.text()).toMatch(/^<svg [^>]*role="img"[^>]*>.*\d+ signator(y|ies)<\/text>/);
  // Cached like the letter page.
  expect(badge.headers()['cache-control']).toMatch(/s-maxage=5/);
  expect((await request.get(`/letters/no-such-letter/badge.svg`)).status()).toBe(404);
  expect((await request.get(`/letters/no-such-letter/og.png`)).status()).toBe(404);
});

test('only the embeddable page may be framed by other sites; the letter page still refuses', async ({ page, request }) => {
  const embed = (await request.get(`/letters/${AUTO}/embed`)).headers();
  expect(embed['x-frame-options']).toBeUndefined();
  expect(embed['content-security-policy']).toContain('frame-ancestors *');
  expect(embed['content-security-policy']).toContain("form-action 'self'");
  for (const path of [`/letters/${AUTO}`, `/letters/${AUTO}/check-email`, `/letters/${AUTO}/embed/origins.json`, '/letters']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
  expect(await (await request.get(`/letters/${AUTO}/embed/origins.json`)).json()).toEqual({ origins: null });

  // In a browser: the framed letter page stays blank (the frame loads, as an error page).
  await page.goto(`${partnerBase}/letter/${AUTO}`);
  await expect(page.locator('body[data-framed="done"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Partner site' })).toBeVisible();
  await expect(page.frameLocator('iframe[title="Sign-on"]').getByRole('heading', { level: 1 })).toHaveCount(0);
});

function frameFlow(js: boolean) {
  test(`a person signs inside another site's frame, confirms by email, and the card and badge follow${js ? '' : ' (no JavaScript)'}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: js, viewport: PHONE });
    const page = await context.newPage();
    const badgeBefore = await badgeText(page.request, AUTO);
    const ogBefore = await ogBytes(page.request, AUTO);

    await page.goto(`${partnerBase}/embed/${AUTO}`);
    const frame = page.frameLocator('iframe[title="Sign-on"]');
    await expect(frame.getByRole('heading', { level: 1 })).toContainText('clean air');
    await expect(frame.getByTestId('summary-sentence')).toBeVisible();
    await expect(frame.getByRole('link', { name: /Read the full letter/ })).toHaveAttribute('target', '_blank');
    // The site's own header is not shown inside someone else's page.
    await expect(frame.getByRole('navigation', { name: 'Main' })).toBeHidden();

    const email = uniqueEmail(js ? 'framed' : 'framed-nojs');
    await frame.getByRole('link', { name: 'As an individual' }).click();
    await frame.getByLabel('Full name').fill(`Lena Vogel ${js ? 'A' : 'B'}`);
    await frame.getByRole('combobox', { name: /^Country/ }).selectOption({ label: 'Germany' });
    await frame.getByLabel('Email address').fill(email);
    await frame.getByRole('button', { name: 'Sign the letter' }).click();

    // The frame lands on the embeddable /embed/check-email page, still inside the partner's page.
    await expect(frame.getByRole('heading', { name: 'Check your email' })).toBeVisible();
    await expect(frame.getByRole('heading', { name: 'Thank you — now ask others' })).toBeVisible();
    expect(page.frames().some((f) => new URL(f.url()).pathname === `/letters/${AUTO}/embed/check-email`)).toBe(true);
    expect(page.url()).toBe(`${partnerBase}/embed/${AUTO}`);

    const mail = await latestMail(page.request, email, 'sign-on-verification');
    const confirm = mail.links.find((l) => new URL(l).pathname.startsWith('/verify/'));
    await page.goto(confirm!);
    await page.getByRole('button', { name: 'Confirm my sign-on' }).click();
    await expect(page.getByTestId('sign-on-status')).toHaveText('Approved');
    const approvedAt = Date.now();

    // Cached images: poll until the approval shows.
    await expect.poll(() => badgeText(page.request, AUTO), { timeout: 20_000 }).not.toBe(badgeBefore);
    const badgeMs = Date.now() - approvedAt;
    await expect.poll(async () => (await ogBytes(page.request, AUTO)).equals(ogBefore), { timeout: 20_000 }).toBe(false);
    const ogMs = Date.now() - approvedAt;
    test.info().annotations.push({ type: 'timing', description: `badge changed after ${badgeMs} ms, og.png after ${ogMs} ms` });
    await context.close();
  });
}

frameFlow(true);
frameFlow(false);

test('a French site frames the letter in French: the signer signs, lands and is written to in French', async ({ page, request }) => {
  const headers = (await request.get(`/letters/${DEMO}/fr/embed`)).headers();
  expect(headers['x-frame-options']).toBeUndefined();
  expect(headers['content-security-policy']).toContain('frame-ancestors *');
  expect((await request.get(`/letters/${DEMO}/fr`)).headers()['x-frame-options']).toBe('DENY');
  expect((await request.get(`/letters/${DELIVERED}/fr/embed`)).status()).toBe(404);

  await page.goto(`${partnerBase}/embed/${DEMO}/fr`);
  const frame = page.frameLocator('iframe[title="Sign-on"]');
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Lettre ouverte : protéger');
  await expect(frame.getByTestId('summary-sentence')).toHaveText(/^\d+ organisations et \d+ personnes de \d+ pays$/);
  const full = frame.getByRole('link', { name: 'Lire la lettre en entier (s’ouvre dans un nouvel onglet)' });
  await expect(full).toHaveAttribute('href', `/letters/${DEMO}/fr`);

  const email = uniqueEmail('framed-fr');
  await frame.getByRole('link', { name: 'À titre personnel' }).click();
  await frame.getByLabel('Nom complet').fill('Inès Lambert');
  await frame.getByRole('combobox', { name: /^Pays/ }).selectOption({ label: 'Belgique' });
  await frame.getByLabel('Adresse électronique').fill(email);
  await frame.getByRole('button', { name: 'Signer la lettre' }).click();

  await expect(frame.getByRole('heading', { name: 'Consultez votre messagerie' })).toBeVisible();
  expect(page.frames().some((f) => new URL(f.url()).pathname === `/letters/${DEMO}/fr/embed/check-email`)).toBe(true);
  expect(page.url()).toBe(`${partnerBase}/embed/${DEMO}/fr`);
  const mail = await latestMail(request, email, 'sign-on-verification');
  expect(mail.subject).toMatch(/^Confirmez votre signature de « .+ »$/);
});

test('the embeddable page passes axe, fits a phone, and keeps its form for individuals at ?kind=individual', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`/letters/${AUTO}/embed`);
  await expectNoAxeViolations(page, 'embeddable sign-on page');
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await page.goto(`/letters/${AUTO}/embed?kind=individual`);
  await expect(page.getByLabel('Full name')).toBeVisible();
  await page.goto(`/letters/${AUTO}/embed/check-email`);
  await expectNoAxeViolations(page, 'embeddable check-email page');
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
});

test('a campaign limits which sites may frame its sign-on page', async ({ page, browser }) => {
  await signIn(page, 'coordinator@example.org');
  const campaignPath = (await page.getByRole('link', { name: /protect the River Commons/ }).getAttribute('href'))!;
  await page.goto(`${campaignPath}/settings`);
  await expect(page.getByLabel('Code to paste into a web page')).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/letters\/protect-the-river-commons\/embed" title="Sign the letter: /);
  // Each translation has its own form to frame, listed beside the snippet.
  // (The seed has French and Korean; another spec may have added a language since.)
  const languages = page.getByTestId('embed-translations').getByRole('listitem');
  await expect(languages.filter({ hasText: 'Français' })).toHaveText(/^Français: http.+\/letters\/protect-the-river-commons\/fr\/embed$/);
  await expect(languages.filter({ hasText: '한국어' })).toHaveText(/^한국어: http.+\/letters\/protect-the-river-commons\/ko\/embed$/);

  const field = page.getByLabel('Sites allowed to show the form (optional)');
  await field.fill('https://example.org/some/page');
  await page.getByRole('button', { name: 'Save embedding' }).click();
  await expect(page.getByText('Give whole site addresses like https://example.org')).toBeVisible();
  await field.fill(`${partnerBase}/`);
  await page.getByRole('button', { name: 'Save embedding' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embedding saved.' })).toBeVisible();

  const policy = async () => (await page.request.get(`/letters/${DEMO}/embed`)).headers()['content-security-policy'];
  await expect.poll(policy, { timeout: 20_000 }).toContain(`frame-ancestors 'self' ${partnerBase}`);

  const visitor = await browser.newPage();
  await visitor.goto(`${partnerBase}/embed/${DEMO}`);
  await expect(visitor.frameLocator('iframe[title="Sign-on"]').getByRole('button', { name: 'Sign the letter' })).toBeVisible();
  // The same partner page on another origin (localhost is not 127.0.0.1) is refused.
  await visitor.goto(`http://localhost:${partnerPort}/embed/${DEMO}`);
  await expect(visitor.locator('body[data-framed="done"]')).toHaveCount(1);
  await expect(visitor.frameLocator('iframe[title="Sign-on"]').getByRole('heading', { level: 1 })).toHaveCount(0);
  await visitor.close();

  // Emptied, the page is open to every site again.
  await field.fill('');
  await page.getByRole('button', { name: 'Save embedding' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embedding saved.' })).toBeVisible();
  await expect.poll(policy, { timeout: 20_000 }).toContain('frame-ancestors *');
});
