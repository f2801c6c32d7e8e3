// `npm run chaos`: a burst of sign-ons against the production server on PostgreSQL, with
// (1) the server killed by SIGKILL mid-burst and restarted, then (2) PostgreSQL stopped
// in immediate mode mid-burst and restarted. Every acknowledged sign-on must be stored
// with its verification email in the outbox: lost 0, duplicates 0.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync } from 'node:fs';
import postgres from 'postgres';
import { createCampaign, createCoordinatorWithSession, createDatabase, dropDatabase, postgresExec } from './lib/data';
import { build, start, type Server } from './lib/server';

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PORT = Number(process.env.CHAOS_PORT ?? 3950);
const BURST = Number(process.env.CHAOS_BURST ?? 2000);
const CONCURRENCY = 20;
const log = (...a: unknown[]) => console.error('[chaos]', ...a);

const OUTAGE_MS = Number(process.env.CHAOS_OUTAGE_MS ?? 2000);

/** Asynchronous, so the burst keeps sending while PostgreSQL is down. */
async function postgresCtl(action: 'stop' | 'start') {
  const version = readdirSync('/etc/postgresql')[0]!;
  const args = ['--skip-systemctl-redirect', version, 'main', action, ...(action === 'stop' ? ['-m', 'immediate'] : [])];
  await promisify(execFile)('pg_ctlcluster', args);
}

async function waitForPostgres(url: string) {
  for (let i = 0; i < 60; i++) {
    try {
      const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
      await sql`select 1`;
      await sql.end();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error('PostgreSQL did not come back');
}

type Outcome = { acknowledged: Set<string>; attempted: number; refused: Map<string, number> };

/** Submits BURST sign-ons; `disrupt` runs once a third of them were sent. */
async function burst(getServer: () => Server, slug: string, label: string, disrupt: () => Promise<void>): Promise<Outcome> {
  const acknowledged = new Set<string>();
  const refused = new Map<string, number>();
  const refuse = (why: string) => refused.set(why, (refused.get(why) ?? 0) + 1);
  let next = 0;
  let disrupted: Promise<void> | undefined;
  const worker = async () => {
    while (next < BURST) {
      const n = next++;
      if (n === Math.floor(BURST / 3) && !disrupted) disrupted = disrupt();
      const email = `${label}-${n}@chaos.invalid`;
      const body = new URLSearchParams({ kind: 'individual', displayName: `Chaos Signer ${n}`, email, country: 'KE' });
      try {
        const r = await fetch(`${getServer().url}/letters/${slug}/sign`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          redirect: 'manual',
          signal: AbortSignal.timeout(10_000),
        });
        // Only an answer that says "check your email" acknowledges the sign-on.
        if (r.status === 303 || r.status === 200) acknowledged.add(email);
        else refuse(`HTTP ${r.status}`);
      } catch {
        // refused or cut off mid-request: not acknowledged
        refuse('no answer');
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await disrupted;
  return { acknowledged, attempted: BURST, refused };
}

async function check(sql: postgres.Sql, label: string, outcome: Outcome) {
  const stored = await sql<{ email: string; rows: number; mails: number }[]>`
    select s.email, count(distinct s.id)::int as rows, count(o.id)::int as mails
    from sign_ons s
    left join outbox_messages o on o."to" = s.email and o.template = 'sign-on-verification'
    where s.email like ${`${label}-%@chaos.invalid`}
    group by s.email`;
  const byEmail = new Map(stored.map((r) => [r.email, r]));
  let lost = 0;
  for (const email of outcome.acknowledged) {
    const row = byEmail.get(email);
    if (!row || row.mails < 1) lost++;
  }
  const duplicates = stored.filter((r) => r.rows > 1 || r.mails > 1).length;
  const line = `${label}: attempted ${outcome.attempted}, acknowledged ${outcome.acknowledged.size}, stored ${stored.length}, lost ${lost}, duplicates ${duplicates}`;
  const why = [...outcome.refused].map(([k, v]) => `${k} × ${v}`).join(', ');
  console.log(why ? `${line} (not acknowledged: ${why})` : line);
  return { lost, duplicates };
}

async function main() {
  const dbName = `undersigned_chaos_${Date.now()}`;
  const url = await createDatabase(ADMIN_URL, dbName);
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= 'chaos-secret-chaos-secret-chaos-secret';
  const env = {
    DATABASE_URL: url,
    AUTH_SECRET: process.env.AUTH_SECRET,
    APP_URL: `http://127.0.0.1:${PORT}`,
    SEED_DEMO: 'false',
    WORKER_IN_PROCESS: 'false',
    BENCH_RATE_LIMIT_BYPASS: '@chaos.invalid',
  };
  let server: Server | undefined;
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  let failed = false;
  try {
    log('building');
    build();
    const { migrate } = await import('../db/migrate');
    const { closeDb } = await import('../db/client');
    await migrate();
    await closeDb();
    const owner = await createCoordinatorWithSession(postgresExec(sql), 'chaos-owner@chaos.invalid');
    await createCampaign(postgresExec(sql), { slug: 'chaos-letter', status: 'open', ownerId: owner.id });

    server = await start(PORT, env);
    const kill = await burst(() => server!, 'chaos-letter', 'sigkill', async () => {
      log('SIGKILL the server');
      server!.process.kill('SIGKILL');
      await new Promise((r) => setTimeout(r, 200));
      server = await start(PORT, env);
      log('server restarted');
    });
    const a = await check(sql, 'sigkill', kill);

    const pgStop = await burst(() => server!, 'chaos-letter', 'pgstop', async () => {
      log('stop PostgreSQL (immediate)');
      await postgresCtl('stop');
      await new Promise((r) => setTimeout(r, OUTAGE_MS));
      await postgresCtl('start');
      await waitForPostgres(url);
      log('PostgreSQL restarted');
    });
    await waitForPostgres(url);
    const sql2 = postgres(url, { max: 2, onnotice: () => {} });
    const b = await check(sql2, 'pgstop', pgStop);
    await sql2.end();
    failed = a.lost + a.duplicates + b.lost + b.duplicates > 0;
  } finally {
    await server?.stop();
    await sql.end({ timeout: 1 }).catch(() => {});
    await dropDatabase(ADMIN_URL, dbName).catch(() => {});
  }
  console.log(failed ? 'chaos: FAILED' : 'chaos: every acknowledged sign-on is stored with its email');
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
