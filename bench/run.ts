// `npm run bench`: builds and starts the production server on a fresh database, generates
// its own data, runs each scenario after a warm-up and prints one table with baselines.
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import postgres from 'postgres';
import { load } from './lib/load';
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
    const { lockCampaign } = await import('../lib/lists/commands');
    const lock = await timed(() => lockCampaign({ campaignId: lockId }, owner.id));
    await closeDb();

    server = await start(PORT, {
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: pgliteDir! }),
      AUTH_SECRET: process.env.AUTH_SECRET!,
      APP_URL: `http://127.0.0.1:${PORT}`,
      WORKER_IN_PROCESS: 'false',
      SEED_DEMO: 'false',
      BENCH_RATE_LIMIT_BYPASS: '@bench.invalid',
    });
    const base = server.url;
    const cookie = `authjs.session-token=${owner.sessionToken}`;

    // 1. Public letter page vs a page of the same server that reads nothing.
    await load({ scenario: 'warm-up', url: `${base}/letters/bench-open`, connections: 50, seconds: WARMUP_SECONDS });
    await load({ scenario: 'warm-up', url: `${base}/`, connections: 50, seconds: WARMUP_SECONDS });
    const home = await load({ scenario: 'baseline: home page', url: `${base}/`, connections: 50, seconds: LOAD_SECONDS });
    const letter = await load({ scenario: '1. letter page, 5,000 approved', url: `${base}/letters/bench-open`, connections: 50, seconds: LOAD_SECONDS });
    // For scale: a file the same server sends without rendering anything.
    const asset = await firstScript(base, '/');
    const file = await load({ scenario: 'reference: static script file', url: `${base}${asset}`, connections: 50, seconds: LOAD_SECONDS });
    record(home, 'baseline', undefined);
    record(file, 'report', undefined);
    record(letter, '≥ 80% of baseline, p99 < 100 ms', letter.throughput >= 0.8 * home.throughput && letter.p99 < 100, home, letter.throughput / home.throughput);

    // 2. Sign-on submissions through the real form endpoint at 300/s, and the same transaction directly.
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
    await load({ scenario: 'warm-up', url: submitUrl, method: 'POST', headers: formHeaders, body: form, connections: 20, seconds: WARMUP_SECONDS, rate: 300 });
    const submit = await load({ scenario: '2. sign-on submission at 300/s', url: submitUrl, method: 'POST', headers: formHeaders, body: form, connections: 50, seconds: SUBMIT_SECONDS, rate: 300 });
    record(direct, 'baseline', undefined);
    record(submit, '300/s for 60 s, p99 < 100 ms, 0 errors', submit.throughput >= 290 && submit.p99 < 100 && submit.errors === 0, direct, submit.p99 / direct.p99);
    const submitMax = await load({ scenario: '2b. sign-on submission, maximum', url: submitUrl, method: 'POST', headers: formHeaders, body: form, connections: 50, seconds: LOAD_SECONDS });
    record(submitMax, 'report', undefined, direct, submitMax.throughput / direct.throughput);

    // 3. Verification POSTs at the same rate, each with its own token.
    let t = 0;
    const verify = await load({
      scenario: '3. verification POST at 300/s',
      url: `${base}/verify/x/confirm`,
      method: 'POST',
      path: () => `/verify/${verifyTokens[t++ % verifyTokens.length]!}/confirm`,
      connections: 50,
      seconds: SUBMIT_SECONDS,
      rate: 300,
    });
    record(verify, '300/s, p99 < 100 ms, 0 errors', verify.throughput >= 290 && verify.p99 < 100 && verify.errors === 0);

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
  } finally {
    await server?.stop();
    if (pglite) rmSync(pgliteDir!, { recursive: true, force: true });
    else await dropDatabase(ADMIN_URL, dbName).catch(() => {});
  }
  report();
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
