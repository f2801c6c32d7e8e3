import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createFreshDatabase } from '../../scripts/fresh-database.mjs';
import { signIn } from './support/coordinator';
import { extraPort, startServer, untilReady, type ExtraServer } from './support/server';

// Several instances on one PostgreSQL database are the production shape: a change made through
// one server, or by `npm run import`, shows on every server's cached pages within 5 seconds.
const SLUG = 'protect-the-river-commons';
const BUDGET_MS = 5_000;
const ADMIN_URL = process.env.E2E_ADMIN_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function startInstance(port: number, databaseUrl: string, seed: boolean): ExtraServer {
  return startServer(port, {
    DATABASE_URL: databaseUrl,
    APP_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: 'two-servers-secret-two-servers-secret',
    EMAIL_DEV_MAILBOX: 'true',
    SEED_DEMO: seed ? 'true' : 'false',
    BENCH_RATE_LIMIT_BYPASS: 'coordinator@example.org',
  });
}

/** The summary sentence as a visitor of this server reads it now. */
async function sentence(request: APIRequestContext, base: string, page = `/letters/${SLUG}`): Promise<string> {
  const html = await (await request.get(`${base}${page}`)).text();
  return /data-testid="summary-sentence"[^>]*>([^<]+)</.exec(html)?.[1] ?? '';
}

/** How long until a server's cached page shows a change, polled every 100 ms. */
async function timeUntil(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  await expect.poll(check, { timeout: BUDGET_MS, intervals: [100] }).toBe(true);
  return Date.now() - started;
}

/** Approves one entry of the demo letter in the review queue of the server at `base`. */
async function approve(page: Page, base: string, name: string) {
  await page.goto(`${base}/dashboard`);
  await page.getByRole('link', { name: /protect the River Commons/ }).click();
  await page.getByRole('navigation', { name: 'Campaign' }).getByRole('link', { name: /^Review/ }).click();
  await page.getByRole('article', { name }).getByRole('button', { name: /^Approve/ }).click();
  await expect(page.getByRole('status')).toHaveText(`Approved: ${name}.`);
}

test.describe('two servers on one database', () => {
  let a: ExtraServer;
  let b: ExtraServer;
  let drop: (() => Promise<void>) | undefined;
  let databaseUrl: string;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const fresh = await createFreshDatabase(ADMIN_URL, { suffix: 'two' }).catch((error: Error) => {
      throw new Error(`The two-server test needs a PostgreSQL server at ${ADMIN_URL} (${error.message}).`);
    });
    drop = fresh.drop;
    databaseUrl = fresh.url;
    const migrated = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/migrate.ts'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: 'inherit',
    });
    expect(migrated.status).toBe(0);
    a = startInstance(extraPort(91), databaseUrl, true);
    await untilReady(a);
    b = startInstance(extraPort(92), databaseUrl, false);
    await untilReady(b);
  });

  test.afterAll(async () => {
    for (const instance of [a, b]) instance?.child.kill();
    await new Promise((r) => setTimeout(r, 500));
    await drop?.();
  });

  test('an approval through server A shows on server B’s cached letter page within 5 seconds', async ({ page, request }) => {
    // B has the page cached: the second request is a hit.
    const before = await sentence(request, b.url);
    const second = await request.get(`${b.url}/letters/${SLUG}`);
    expect(second.headers()['x-nextjs-cache']).toBe('HIT');

    await signIn(page, 'coordinator@example.org', a.url);
    const approved = 'Clean Rivers Trust';
    await approve(page, a.url, approved);
    const ms = await timeUntil(async () => (await sentence(request, b.url)) !== before);
    console.log(`[two servers] an approval on A reached B's letter page in ${ms} ms`);
    expect(await (await request.get(`${b.url}/letters/${SLUG}`)).text()).toContain(approved);
  });

  test('npm run import -- --commit shows on both servers within 5 seconds', async ({ request }) => {
    const before = await Promise.all([a, b].map((s) => sentence(request, s.url)));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'import-')), 'list.txt');
    writeFileSync(file, 'Lakeside Commons Trust, Kenya\nHarbour Voices Collective, Chile\n');
    const imported = spawnSync(
      'npx',
      ['tsx', '--conditions=react-server', 'scripts/import.ts', '--campaign', SLUG, '--commit', file],
      { env: { ...process.env, DATABASE_URL: databaseUrl, PGLITE_DIR: undefined }, encoding: 'utf8' },
    );
    expect(imported.status, imported.stderr).toBe(0);
    const ms = await timeUntil(async () => {
      const now = await Promise.all([a, b].map((s) => sentence(request, s.url)));
      return now.every((s, i) => s !== before[i]);
    });
    console.log(`[two servers] an import reached both letter pages in ${ms} ms`);
    for (const s of [a, b]) expect(await (await request.get(`${s.url}/letters/${SLUG}`)).text()).toContain('Lakeside Commons Trust');
  });

  test('a cached page carries nothing of the coordinator who happened to load it', async ({ page, request }) => {
    await signIn(page, 'coordinator@example.org', a.url);
    const asCoordinator = await page.request.get(`${a.url}/letters/${SLUG}`);
    const asVisitor = await request.get(`${a.url}/letters/${SLUG}`);
    const html = await asVisitor.text();
    expect(await asCoordinator.text()).toBe(html);
    expect(html).not.toContain('coordinator@example.org');
    expect(html).not.toContain('Signed in as');
    // Private fields of the sign-ons never reach the public page.
    expect(html).not.toContain('info@rivercommons.example');
    expect(asVisitor.headers()['cache-control']).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
    const dashboard = await page.request.get(`${a.url}/dashboard`);
    expect(dashboard.headers()['cache-control']).toMatch(/private|no-store/);
  });
});
