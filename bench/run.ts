// `npm run bench`: builds and starts the production server on a fresh database, generates
// its own data, runs each scenario after a warm-up and prints one table with baselines.
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import postgres from 'postgres';
import { load, loadInChild } from './lib/load';
import { build, peakGrowthMb, start, type Server } from './lib/server';
import { summarize, type Figures } from './lib/stats';
import { createDatabase, dropDatabase, generateBenchData, pgliteExec, postgresExec, type Exec } from './lib/data';

const args = new Set(process.argv.slice(2));
const pglite = args.has('--pglite');
const quick = args.has('--quick');
const SUBMIT_SECONDS = quick ? 10 : 60;
const LOAD_SECONDS = quick ? 5 : 10;
const WARMUP_SECONDS = quick ? 2 : 3;
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Row = Figures & { baseline?: string; ratio?: string; budget: string; met?: boolean };
const rows: Row[] = [];
const log = (...a: unknown[]) => console.error('[bench]', ...a);

function record(f: Figures, budget: string, met: boolean | undefined, baseline?: Figures | string, ratio?: number) {
  const base = typeof baseline === 'string' ? baseline : baseline ? `${baseline.scenario}: ${baseline.throughput.toFixed(0)}/s p99 ${baseline.p99.toFixed(0)} ms` : undefined;
  rows.push({ ...f, budget, met, baseline: base, ratio: ratio === undefined ? undefined : ratio.toFixed(2) });
  log(`${f.scenario}: ${f.throughput.toFixed(1)}/s p50 ${f.p50.toFixed(1)} p95 ${f.p95.toFixed(1)} p99 ${f.p99.toFixed(1)} errors ${f.errors}${f.note ? ` (${f.note})` : ''}`);
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t = performance.now();
  const result = await fn();
  return { ms: performance.now() - t, result };
}

const single = (scenario: string, ms: number, note?: string): Figures => ({ scenario, throughput: 1000 / ms, p50: ms, p95: ms, p99: ms, errors: 0, count: 1, note });

async function main() {
  const dbName = `undersigned_bench_${Date.now()}`;
  let databaseUrl: string | undefined;
  let pgliteDir: string | undefined;
  if (pglite) {
    pgliteDir = `.data-bench/pglite-${Date.now()}`;
    mkdirSync('.data-bench', { recursive: true });
    process.env.PGLITE_DIR = pgliteDir;
    delete process.env.DATABASE_URL;
  } else {
    databaseUrl = await createDatabase(ADMIN_URL, dbName);
    process.env.DATABASE_URL = databaseUrl;
  }
  process.env.AUTH_SECRET ??= 'bench-secret-bench-secret-bench-secret';
  let server: Server | undefined;
  let second: Server | undefined;
  try {
    log('building');
    build();
    const { migrate } = await import('../db/migrate');
    const { closeDb, getDb } = await import('../db/client');
    await migrate();
    // The app's own handle, so the generator and the commands timed below share it. PGlite
    // is one process per folder: everything in-process happens before the server opens it.
    const client = ((await getDb()) as unknown as { $client: unknown }).$client;
    const db = pglite ? pgliteExec(client as Parameters<typeof pgliteExec>[0]) : postgresExec(client as postgres.Sql);

    log('generating data');
    const { owner, signId, verifyTokens, reviewId, bulkId, lockId } = await generateBenchData(db, 300 * (SUBMIT_SECONDS + WARMUP_SECONDS) + 1000);

    // Measured in this process, through the same commands the dashboard's actions call.
    const direct = await directSubmissions(db, signId, LOAD_SECONDS);
    const { bulkDecide } = await import('../lib/moderation/commands');
    const bulk = await timed(() => bulkDecide({ campaignId: bulkId, decision: 'approve', filter: { status: 'awaiting' } }, owner.id));
    const { lockCampaign } = await import('../lib/campaigns/final-list');
    const lock = await timed(() => lockCampaign({ campaignId: lockId }, owner.id));
    await closeDb();

    const serverEnv = {
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: pgliteDir! }),
      AUTH_SECRET: process.env.AUTH_SECRET!,
      APP_URL: `http://127.0.0.1:${PORT}`,
      WORKER_IN_PROCESS: 'false',
      SEED_DEMO: 'false',
      BENCH_RATE_LIMIT_BYPASS: '@bench.invalid',
    };
    server = await start(PORT, serverEnv);
    const base = server.url;
    const cookie = `authjs.session-token=${owner.sessionToken}`;

    // 1. Public pages, cached, against a static file the same server sends (the budget's
    // baseline), and the home page for a second reference.
    const asset = await firstScript(base, '/');
    const publicPages: [string, string][] = [
      ['1. letter page, 5,000 approved', `${base}/letters/bench-open`],
      ['1b. archive (/letters)', `${base}/letters`],
      ['1c. final list first page, 100,000 entries', `${base}/letters/bench-lock/signatories`],
    ];
    for (const [, url] of publicPages) await load({ scenario: 'warm-up', url, connections: 50, seconds: WARMUP_SECONDS });
    await load({ scenario: 'warm-up', url: `${base}${asset}`, connections: 50, seconds: WARMUP_SECONDS });
    const file = await load({ scenario: 'baseline: static script file', url: `${base}${asset}`, connections: 50, seconds: LOAD_SECONDS });
    record(file, 'baseline', undefined);
    for (const [scenario, url] of publicPages) {
      const figures = await load({ scenario, url, connections: 50, seconds: LOAD_SECONDS });
      const ratio = figures.throughput / file.throughput;
      record(figures, '≥ 0.8 of the static file, p99 < 100 ms, 0 errors', ratio >= 0.8 && figures.p99 < 100 && figures.errors === 0, file, ratio);
    }
    const home = await load({ scenario: 'reference: home page', url: `${base}/`, connections: 50, seconds: LOAD_SECONDS });
    record(home, 'report', undefined, file, home.throughput / file.throughput);

    // 1d. A crowd on the letter page while sign-ons arrive and are approved.
    const crowd = await crowdScenario(base);
    record(crowd.page, '0 errors, p99 < 500 ms', crowd.page.errors === 0 && crowd.page.p99 < 500);
    record(crowd.signOns, 'report', undefined);

    // 2. Sign-on submissions through the real form endpoint at 150/s, and the same transaction directly.
    let n = 0;
    const form = () => {
      n++;
      return new URLSearchParams({
        kind: 'individual',
        displayName: `Bench Signer ${n}`,
        email: `submit${n}-${randomUUID().slice(0, 6)}@bench.invalid`,
        country: 'KE',
      }).toString();
    };
    const submitUrl = `${base}/letters/bench-sign/sign`;
    const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
    await load({ scenario: 'warm-up', url: submitUrl, method: 'POST', headers: formHeaders, body: form, connections: 20, seconds: WARMUP_SECONDS, rate: 150 });
    const submit = await load({ scenario: '2. sign-on submission at 150/s', url: submitUrl, method: 'POST', headers: formHeaders, body: form, connections: 50, seconds: SUBMIT_SECONDS, rate: 150 });
    record(direct, 'baseline', undefined);
    record(submit, '150/s for 60 s, p99 < 100 ms, 0 errors', submit.throughput >= 145 && submit.p99 < 100 && submit.errors === 0, direct, submit.p99 / direct.p99);
    const submitMax = await load({ scenario: '2b. sign-on submission, maximum', url: submitUrl, method: 'POST', headers: formHeaders, body: form, connections: 50, seconds: LOAD_SECONDS });
    record(submitMax, '≥ 0.4 of the direct transaction', submitMax.throughput >= 0.4 * direct.throughput, direct, submitMax.throughput / direct.throughput);

    // 3. Verification POSTs at the same rate, each with its own token.
    let t = 0;
    const verify = await load({
      scenario: '3. verification POST at 150/s',
      url: `${base}/verify/x/confirm`,
      method: 'POST',
      path: () => `/verify/${verifyTokens[t++ % verifyTokens.length]!}/confirm`,
      connections: 50,
      seconds: SUBMIT_SECONDS,
      rate: 150,
    });
    record(verify, '150/s, p99 < 100 ms, 0 errors', verify.throughput >= 145 && verify.p99 < 100 && verify.errors === 0);

    // 4. Review queue with 10,000 awaiting; bulk approval of another 10,000 (timed above).
    const queueUrl = `${base}/dashboard/campaigns/${reviewId}/review`;
    await load({ scenario: 'warm-up', url: queueUrl, headers: { cookie }, connections: 2, seconds: WARMUP_SECONDS });
    // Two coordinators reviewing at once is a busy campaign; ten at once is reported too.
    const queue = await load({ scenario: '4. review queue first page, 10,000 awaiting, 2 coordinators', url: queueUrl, headers: { cookie }, connections: 2, seconds: LOAD_SECONDS });
    record(queue, 'p95 < 300 ms', queue.p95 < 300 && queue.errors === 0);
    const queue10 = await load({ scenario: '4. review queue first page, 10 connections', url: queueUrl, headers: { cookie }, connections: 10, seconds: LOAD_SECONDS });
    record(queue10, 'report', undefined);
    record(single('4b. bulk approval of 10,000', bulk.ms, `${bulk.result.count} approved`), '< 5,000 ms', bulk.ms < 5000 && bulk.result.count === 10_000);

    // 5. Lock of 100,000 approved (timed above); exports; final list.
    record(single('5. lock, 100,000 approved', lock.ms), '< 10,000 ms', lock.ms < 10_000);
    for (const ext of ['csv', 'json'] as const) {
      const res = await peakGrowthMb(server, () =>
        timed(async () => {
          const r = await fetch(`${base}/letters/bench-lock/export.${ext}`);
          let bytes = 0;
          const reader = r.body!.getReader();
          for (let c = await reader.read(); !c.done; c = await reader.read()) bytes += c.value.length;
          return { status: r.status, bytes };
        }),
      );
      const { ms, result } = res.result;
      record(
        { ...single(`5b. export.${ext}, 100,000 entries`, ms, `${(result.bytes / 1e6).toFixed(1)} MB, server memory +${res.growthMb.toFixed(0)} MB`), errors: result.status === 200 ? 0 : 1 },
        '< 5,000 ms, memory growth < 256 MB',
        ms < 5000 && res.growthMb < 256 && result.status === 200,
      );
    }
    const finalUrl = `${base}/letters/bench-lock/signatories`;
    await load({ scenario: 'warm-up', url: finalUrl, connections: 10, seconds: WARMUP_SECONDS });
    const finalList = await load({ scenario: '5c. final list first page', url: finalUrl, connections: 10, seconds: LOAD_SECONDS });
    record(finalList, 'p95 < 200 ms', finalList.p95 < 200 && finalList.errors === 0);
    const search = await load({ scenario: '5d. final list search', url: `${finalUrl}?q=river`, connections: 10, seconds: LOAD_SECONDS });
    record(search, 'p95 < 200 ms', search.p95 < 200 && search.errors === 0);

    // 6. JavaScript sent to public pages on first load, gzipped.
    for (const path of ['/', '/letters', '/letters/bench-open', '/letters/bench-lock/signatories']) {
      const { kb, polyfillKb } = await firstLoadJsKb(base, path);
      const note = `${kb.toFixed(1)} kB gzipped (+ ${polyfillKb.toFixed(1)} kB of polyfills for browsers without modules)`;
      rows.push({ ...single(`6. first-load JS ${path}`, 0), throughput: NaN, p50: NaN, p95: NaN, p99: NaN, note, budget: 'report' });
      log(`JS ${path}: ${note}`);
    }

    // 7. A visible change made outside both servers (as the worker or npm run import would)
    // reaching the cached letter page of each of two servers on one database.
    if (databaseUrl) {
      second = await start(PORT + 1, { ...serverEnv, APP_URL: `http://127.0.0.1:${PORT + 1}` });
      const figures = await freshness([base, second.url], reviewId, owner.id);
      record(figures, '≤ 5,000 ms on every server', figures.p99 <= 5000 && figures.errors === 0);
    } else {
      rows.push({ ...single('7. a change reaching two servers', 0), throughput: NaN, p50: NaN, p95: NaN, p99: NaN, note: 'PostgreSQL only: PGlite serves one process', budget: 'report' });
    }
  } finally {
    await second?.stop();
    await server?.stop();
    if (pglite) rmSync(pgliteDir!, { recursive: true, force: true });
    else await dropDatabase(ADMIN_URL, dbName).catch(() => {});
  }
  report();
}

/** 500 visitors on the letter page while 50 sign-ons a second arrive on the same letter. */
async function crowdScenario(base: string): Promise<{ page: Figures; signOns: Figures }> {
  let n = 0;
  const body = () =>
    new URLSearchParams({ kind: 'individual', displayName: `Crowd Signer ${++n}`, email: `crowd${n}-${randomUUID().slice(0, 6)}@bench.invalid`, country: 'KE' }).toString();
  // Steady state, as on the day: 500 visitors already there, the sign-on route already loaded.
  await Promise.all([
    loadInChild({ scenario: 'warm-up', url: `${base}/letters/bench-open`, connections: 500, seconds: WARMUP_SECONDS }),
    load({ scenario: 'warm-up', url: `${base}/letters/bench-open/sign`, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body, connections: 5, seconds: WARMUP_SECONDS, rate: 20 }),
  ]);
  const [page, signOns] = await Promise.all([
    loadInChild({ scenario: '1d. crowd: letter page, 500 connections', url: `${base}/letters/bench-open`, connections: 500, seconds: LOAD_SECONDS }),
    load({
      scenario: '1d. crowd: sign-ons at 50/s meanwhile',
      url: `${base}/letters/bench-open/sign`,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      connections: 10,
      seconds: LOAD_SECONDS,
      rate: 50,
    }),
  ]);
  return { page, signOns };
}

const summaryOf = async (url: string) => /data-testid="summary-sentence"[^>]*>([^<]+)</.exec(await (await fetch(url)).text())?.[1] ?? '';

/** Approves five entries one after another and times each until every server's page shows it. */
async function freshness(bases: string[], campaignId: string, ownerId: string): Promise<Figures> {
  const { getDb } = await import('../db/client');
  const { decideSignOn } = await import('../lib/moderation/commands');
  const { signOns } = await import('../db/schema');
  const { and, eq } = await import('drizzle-orm');
  const db = await getDb();
  const waiting = await db.select({ id: signOns.id }).from(signOns).where(and(eq(signOns.campaignId, campaignId), eq(signOns.status, 'verified'))).limit(5);
  const times: number[] = [];
  let errors = 0;
  for (const { id } of waiting) {
    const urls = bases.map((b) => `${b}/letters/bench-review`);
    const before = await Promise.all(urls.map(summaryOf));
    await decideSignOn({ signOnId: id, decision: 'approve' }, ownerId);
    const started = performance.now();
    for (;;) {
      const now = await Promise.all(urls.map(summaryOf));
      if (now.every((s, i) => s !== before[i])) break;
      if (performance.now() - started > 10_000) {
        errors++;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    times.push(performance.now() - started);
  }
  return summarize('7. a change reaching two servers (5 approvals)', times, times.reduce((a, b) => a + b, 0) / 1000, errors);
}

/** The same submission transaction (sign-on, token, outbox row) straight through the driver. */
async function directSubmissions(db: Exec, campaignId: string, seconds: number): Promise<Figures> {
  const { hashToken, newToken } = await import('../lib/security/tokens');
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  let i = 0;
  const worker = async () => {
    while (Date.now() < end) {
      const n = i++;
      const t = performance.now();
      try {
        await db.transaction(async (tx) => {
          const email = `direct${n}@bench.invalid`;
          const [row] = await tx.query<{ id: string }>(
            `insert into sign_ons (campaign_id, kind, display_name, email, canonical_email, normalized_name, version_signed, country)
             values ($1, 'individual', $2, $3, $3, $4, 1, 'KE') on conflict do nothing returning id`,
            [campaignId, `Direct ${n}`, email, `direct ${n}`],
          );
          await tx.query(`insert into sign_on_tokens (sign_on_id, purpose, token_hash, expires_at) values ($1, 'verify', $2, now() + interval '48 hours')`, [row!.id, hashToken(newToken())]);
          await tx.query(`insert into outbox_messages (campaign_id, template, "to", props, idempotency_key) values ($1, 'sign-on-verification', $2, $3, $4)`, [
            campaignId,
            email,
            JSON.stringify({ n }),
            `direct:${row!.id}`,
          ]);
        });
        latencies.push(performance.now() - t);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: 10 }, worker));
  return summarize(`baseline: same transaction via ${pglite ? 'PGlite' : 'postgres.js'}`, latencies.map((l) => Math.round(l * 10) / 10), seconds, errors);
}

/** The external scripts a page names, as { src, noModule }, in document order. */
async function scriptsOf(base: string, path: string): Promise<{ src: string; noModule: boolean }[]> {
  const html = await (await fetch(`${base}${path}`)).text();
  const tags = [...new Set([...html.matchAll(/<script[^>]+src="[^"]+"[^>]*>/g)].map((m) => m[0]))];
  return tags.map((tag) => ({ src: /src="([^"]+)"/.exec(tag)![1]!, noModule: /\snomodule/i.test(tag) }));
}

async function firstScript(base: string, path: string): Promise<string> {
  const [first] = await scriptsOf(base, path);
  if (!first) throw new Error(`no script on ${path}`);
  return first.src;
}

/**
 * Gzipped JavaScript a modern browser loads for a page: every script the HTML names, except
 * the noModule polyfills, which only browsers without ES modules fetch (reported apart).
 */
async function firstLoadJsKb(base: string, path: string): Promise<{ kb: number; polyfillKb: number }> {
  let total = 0;
  let polyfills = 0;
  for (const { src, noModule } of await scriptsOf(base, path)) {
    const size = gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), { level: 9 }).length;
    if (noModule) polyfills += size;
    else total += size;
  }
  return { kb: total / 1024, polyfillKb: polyfills / 1024 };
}

function report() {
  const fmt = (v: number) => (Number.isNaN(v) ? '' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
  const header = '| scenario | throughput /s | p50 ms | p95 ms | p99 ms | errors | baseline | ratio | budget | met | note |';
  const lines = [
    `Run ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, database: ${pglite ? 'PGlite' : 'PostgreSQL (local)'}${quick ? ', --quick' : ''}`,
    '',
    header,
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) =>
      `| ${r.scenario} | ${fmt(r.throughput)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} | ${r.baseline ?? ''} | ${r.ratio ?? ''} | ${r.budget} | ${r.met === undefined ? '' : r.met ? 'yes' : '**no**'} | ${r.note ?? ''} |`,
    ),
  ];
  const table = lines.join('\n');
  console.log(table);
  mkdirSync('bench/results', { recursive: true });
  // Each database keeps its own last run, so a change is compared like with like.
  writeFileSync(`bench/results/latest${pglite ? '-pglite' : ''}.md`, `${table}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
