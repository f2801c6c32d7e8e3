import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createCampaign, openForSignOn, saveDraft } from './support/campaigns';
import { signIn, tab } from './support/coordinator';
import { extraPort, startServer, untilReady } from './support/server';

const OPEN_DEMO = 'protect-the-river-commons';
const DELIVERED = 'fair-seas-for-coastal-fishers';

/** The settings of the suite's own server, minus the ones a test takes away. */
const ownSettings = () => ({
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-e2e',
  SEED_DEMO: 'false',
  WORKER_IN_PROCESS: 'false',
  EMAIL_DEV_MAILBOX: undefined,
  RESEND_API_KEY: undefined,
  // Its own embedded database, so it never competes for the suite's folder.
  PGLITE_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'undersigned-e2e-')), 'pglite'),
});

test('a production server without an email provider refuses to start rather than publish the mailbox', async () => {
  const server = startServer(extraPort(98), ownSettings());
  expect(await server.exited).toBe(1);
  expect(server.output()).toContain('RESEND_API_KEY');
  expect(server.output()).toContain('EMAIL_DEV_MAILBOX=true');
});

test('a production server with an email provider has no development mailbox, even when asked for one', async () => {
  const server = startServer(extraPort(97), { ...ownSettings(), RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: 'http://127.0.0.1:9', EMAIL_DEV_MAILBOX: 'true' });
  try {
    await untilReady(server, '/sign-in');
    for (const p of ['/dev/mailbox', '/dev/mailbox.json']) expect((await fetch(`${server.url}${p}`)).status, p).toBe(404);
  } finally {
    server.child.kill();
    await server.exited;
  }
});

/** The dashboard address of one of the signed-in coordinator's campaigns. */
async function campaignPath(page: Page, title: RegExp): Promise<string> {
  await page.goto('/dashboard');
  await page.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

async function createOpenLetter(page: Page): Promise<{ slug: string; overview: string }> {
  const slug = `xff-${Date.now().toString(36)}`;
  await createCampaign(page, `Rate limits ${slug}`, slug);
  await saveDraft(page, { body: 'We ask for limits that hold.' });
  await openForSignOn(page);
  return { slug, overview: new URL(page.url()).pathname };
}

test('a forged X-Forwarded-For does not lift the per-IP limit on sign-ons', async ({ page, request }) => {
  await signIn(page, 'coordinator@example.org');
  const { slug } = await createOpenLetter(page);
  const statuses: number[] = [];
  for (let i = 0; i < 34; i++) {
    const response = await request.post(`/letters/${slug}/sign`, {
      headers: { 'X-Forwarded-For': `198.51.100.${i}, 203.0.113.${i}` },
      form: { kind: 'individual', displayName: `Person ${i}`, email: `person-${i}@xff.example` },
      maxRedirects: 0,
    });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, 30).every((s) => s === 303)).toBe(true);
  expect(statuses.slice(30)).toEqual([429, 429, 429, 429]);
});

test('malformed addresses, foreign callbacks and other campaigns’ entries answer 400 or 404, never 500', async ({ page, request }) => {
  expect((await request.get('/letters/%FF')).status()).toBe(400);
  expect((await request.get('/api/v1/campaigns/%FF')).status()).toBe(400);
  for (const url of [
    '/api/auth/callback/email?token=nothing&email=a%40example.org&callbackUrl=%5C%5Cevil.com',
    '/api/auth/signin?callbackUrl=%5C%5Cevil.com',
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBeLessThan(500);
    expect(response.headers().location ?? '', url).not.toContain('evil.com');
  }
  const forgedCookie = await request.get('/api/auth/callback/email?token=nothing&email=a%40example.org', {
    headers: { cookie: 'authjs.callback-url=%5C%5Cevil.com' },
    maxRedirects: 0,
  });
  expect(forgedCookie.status()).toBeLessThan(500);

  // An entry of one of the coordinator's letters, opened under another one's address.
  await signIn(page, 'coordinator@example.org');
  const other = await campaignPath(page, /clean air around every school/);
  await page.goto(`${other}/review?status=approved`);
  const editHref = await page.getByRole('link', { name: /^Edit public fields/ }).first().getAttribute('href');
  const signOnId = /review\/([0-9a-f-]{36})\/edit/.exec(editHref ?? '')?.[1];
  expect(signOnId).toBeTruthy();
  const open = await campaignPath(page, /protect the River Commons/);
  expect((await page.request.get(`${open}/review/${signOnId}/edit`)).status()).toBe(404);
  expect((await page.request.get(`${other}/review/${signOnId}/edit`)).status()).toBe(200);
});

test('a prefetch request still gets the page’s policy, and a body without a length is refused', async ({ request, baseURL }) => {
  const prefetched = await request.get('/', { headers: { 'next-router-prefetch': '1', rsc: '1' } });
  expect(prefetched.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const document = await request.get('/sign-in', { headers: { 'next-router-prefetch': '1' } });
  expect(document.headers()['content-security-policy']).toContain("script-src 'self' 'nonce-");

  // 3 MB sent in chunks, with no Content-Length, to a page that takes a server action.
  const status = await new Promise<number>((resolve, reject) => {
    const target = new URL(`/letters/${OPEN_DEMO}`, baseURL);
    const req = httpRequest(target, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8', 'next-action': 'x' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    const chunk = 'x'.repeat(64 * 1024);
    for (let i = 0; i < 48; i++) req.write(chunk);
    req.end();
  });
  expect(status).toBe(411);

  // A POST with no body at all (neither length nor chunks), as a script confirming a link sends it.
  const target = new URL(baseURL!);
  const head = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(target.port), target.hostname, () => {
      socket.write(`POST /verify/${'A'.repeat(43)}/confirm HTTP/1.1\r\nHost: ${target.host}\r\nConnection: close\r\n\r\n`);
    });
    let received = '';
    socket.on('data', (d) => (received += d));
    socket.on('end', () => resolve(received.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
  expect(head).toMatch(/^HTTP\/1\.1 (404|303)/);
});

test('an owner erases signers’ private data after delivery, with confirmation, and it is on the record', async ({ page }) => {
  await signIn(page, 'coordinator@example.org');
  const overview = await campaignPath(page, /fair seas for coastal fishers/);
  await page.goto(`${overview}/deliver`);
  await page.getByRole('link', { name: 'Erase signers’ private data…' }).click();
  await expect(page.getByRole('heading', { name: 'Erase signers’ private data' })).toBeVisible();
  await page.getByRole('button', { name: 'Erase private data' }).click();
  await expect(page.getByText(`Type ${DELIVERED} exactly to confirm.`)).toBeVisible();
  await page.getByLabel(`Type ${DELIVERED} to confirm`).fill(DELIVERED);
  await page.getByRole('button', { name: 'Erase private data' }).click();
  await expect(page.getByRole('status')).toHaveText(/Every sign-on’s private data has been erased/);
  await tab(page, 'Activity').click();
  await expect(page.getByText('Erased signers’ private data')).toBeVisible();
});
