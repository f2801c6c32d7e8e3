import { and, asc, count, eq, inArray, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { outboxMessages } from '@/db/schema';
import { env } from '../env';
import { outreachHold } from '../outreach/delivery-gate';
import { HOUSEKEEPING_INTERVAL_MS, runHousekeeping } from '../security/housekeeping';
import { isTemplateName, renderEmail } from './render';
import { readJob } from './jobs';
import { batchKeyFor, transportFromEnv, type Delivery, type SendFailure, type Transport } from './transports';

export type WorkerOptions = {
  db?: Db;
  transport?: Transport;
  from?: string;
  /** Most messages claimed at once (and so at most one batch request per claim). */
  claimSize?: number;
  /** How long a claim keeps other workers away; a crashed worker's messages come back after it. */
  leaseMs?: number;
  /** Attempts before a message is parked as failed. */
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffCapMs?: number;
  random?: () => number;
  now?: () => Date;
};

type Settings = Required<Omit<WorkerOptions, 'db'>> & { db: Db };

export type WorkerStats = { claimed: number; sent: number; retried: number; parked: number };

type Row = typeof outboxMessages.$inferSelect;
type Claim = { rows: Row[]; leaseUntil: Date; batchKey: string | null };

export const DEFAULT_MAX_ATTEMPTS = 12;

async function settings(options: WorkerOptions): Promise<Settings> {
  return {
    db: options.db ?? (await getDb()),
    transport: options.transport ?? transportFromEnv(env()),
    from: options.from ?? env().EMAIL_FROM,
    claimSize: options.claimSize ?? 100,
    leaseMs: options.leaseMs ?? 60_000,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    // 30 s, 1 min, 2 min … capped at an hour: a day-long provider outage still ends in delivery.
    backoffBaseMs: options.backoffBaseMs ?? 30_000,
    backoffCapMs: options.backoffCapMs ?? 3_600_000,
    random: options.random ?? Math.random,
    now: options.now ?? (() => new Date()),
  };
}

/** Exponential backoff with jitter (between half and all of the doubled delay), never before Retry-After. */
export function backoffMs(attempt: number, s: Pick<Settings, 'backoffBaseMs' | 'backoffCapMs' | 'random'>, retryAfterMs = 0): number {
  const ceiling = Math.min(s.backoffCapMs, s.backoffBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(retryAfterMs, Math.round(ceiling / 2 + (s.random() * ceiling) / 2));
}

const o = outboxMessages;

/**
 * Claims due messages in a short transaction. FOR UPDATE SKIP LOCKED lets several workers
 * (one per app instance) claim side by side without waiting on or taking each other's rows;
 * the lease (lockedUntil) keeps the claim after the transaction ends, while delivering.
 * A batch that failed earlier is claimed whole or not at all, so its retry is the same request.
 */
async function claimDue(s: Settings): Promise<Claim | null> {
  return s.db.transaction(async (tx) => {
    const now = s.now();
    const leaseUntil = new Date(now.getTime() + s.leaseMs);
    const due = and(eq(o.status, 'pending'), lte(o.nextAttemptAt, now), or(isNull(o.lockedUntil), lt(o.lockedUntil, now)));
    const lease = async (rows: Row[]) => {
      await tx.update(o).set({ lockedUntil: leaseUntil }).where(inArray(o.id, rows.map((r) => r.id)));
      return rows.map((r) => ({ ...r, lockedUntil: leaseUntil }));
    };

    const [head] = await tx
      .select({ batchKey: o.batchKey })
      .from(o)
      .where(and(due, isNotNull(o.batchKey)))
      .orderBy(asc(o.nextAttemptAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (head?.batchKey) {
      const members = await tx
        .select()
        .from(o)
        .where(and(due, eq(o.batchKey, head.batchKey)))
        .for('update', { skipLocked: true });
      const [all] = await tx
        .select({ n: count() })
        .from(o)
        .where(and(eq(o.status, 'pending'), eq(o.batchKey, head.batchKey)));
      // Anything less than the whole batch would change the request behind its key.
      if (members.length === all?.n) return { rows: await lease(members), leaseUntil, batchKey: head.batchKey };
    }

    const rows = await tx
      .select()
      .from(o)
      .where(and(due, isNull(o.batchKey)))
      .orderBy(asc(o.nextAttemptAt), asc(o.createdAt))
      .limit(s.claimSize)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return null;
    return { rows: await lease(rows), leaseUntil, batchKey: null };
  });
}

/** Updates a claimed row only while this worker still holds its lease. */
function mine(row: Row, leaseUntil: Date) {
  return and(eq(o.id, row.id), eq(o.status, 'pending'), eq(o.lockedUntil, leaseUntil));
}

/**
 * A sent message's props without anything that is or holds a link (every private token travels
 * in a link); what remains (names, versions) lets later emails build on it.
 */
export function withoutLinks(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).filter(([key, value]) => !/url|link|token/i.test(key) && !JSON.stringify(value ?? null).includes('://')),
  );
}

/**
 * Once a provider has the message, its links (sign-in, verification, status: raw tokens) are
 * no longer ours to keep: the row keeps who, which template, the subject and when. The
 * development mailbox is the inbox itself, so there the rendered message stays.
 */
async function markSent(s: Settings, row: Row, d: Delivery, providerId: string | null, leaseUntil: Date) {
  const keepContent = s.transport.name === 'mailbox';
  const done = await s.db
    .update(o)
    .set({
      status: 'sent',
      sentAt: s.now(),
      providerId,
      subject: d.subject,
      html: keepContent ? d.html : null,
      text: keepContent ? d.text : null,
      ...(keepContent ? {} : { props: withoutLinks(row.props) }),
      attempts: row.attempts + 1,
      lockedUntil: null,
      lastError: null,
      batchKey: null,
    })
    .where(mine(row, leaseUntil))
    .returning({ id: o.id });
  return done.length;
}

/**
 * Records a failed attempt for rows that share one outcome (a batch fails as a whole): one
 * UPDATE per distinct attempt count, retried later with backoff or parked after the last one.
 */
async function markFailed(
  s: Settings,
  rows: Row[],
  result: SendFailure,
  leaseUntil: Date,
  stats: WorkerStats,
  options: { batchKey?: string | null; delayMs?: number } = {},
) {
  const byAttempts = new Map<number, Row[]>();
  for (const r of rows) byAttempts.set(r.attempts, [...(byAttempts.get(r.attempts) ?? []), r]);
  for (const [previous, group] of byAttempts) {
    const attempts = previous + 1;
    const park = !result.retryable || attempts >= s.maxAttempts;
    const delay = park ? 0 : (options.delayMs ?? backoffMs(attempts, s, result.retryAfterMs));
    const done = await s.db
      .update(o)
      .set({
        status: park ? 'failed' : 'pending',
        attempts,
        lastError: result.error.slice(0, 1000),
        nextAttemptAt: new Date(s.now().getTime() + delay),
        lockedUntil: null,
        batchKey: park ? null : (options.batchKey ?? null),
      })
      .where(and(inArray(o.id, group.map((r) => r.id)), eq(o.status, 'pending'), eq(o.lockedUntil, leaseUntil)))
      .returning({ id: o.id, template: o.template });
    stats[park ? 'parked' : 'retried'] += done.length;
    for (const row of park ? done : []) {
      console.warn(`[email] parked message ${row.id} (${row.template}) after ${attempts} attempt(s): ${result.error}`);
    }
  }
}

/** The prefix of a message dropped before sending because it is no longer wanted (docs/decisions/0011). */
export const CANCELLED = 'cancelled: ';

/**
 * Parks a message that must not go out any more, with the reason, and drops its links: it will
 * never be sent, so its private tokens are not ours to keep.
 */
async function markCancelled(s: Settings, row: Row, reason: string, leaseUntil: Date, stats: WorkerStats) {
  const done = await s.db
    .update(o)
    .set({ status: 'failed', attempts: row.attempts + 1, lastError: `${CANCELLED}${reason}`, props: withoutLinks(row.props), lockedUntil: null, batchKey: null })
    .where(mine(row, leaseUntil))
    .returning({ id: o.id });
  stats.parked += done.length;
}

async function render(s: Settings, row: Row): Promise<Delivery | SendFailure> {
  try {
    if (!isTemplateName(row.template)) throw new Error(`unknown template "${row.template}"`);
    // Checked and carried forward from the version it was queued with, never cast.
    const rendered = await renderEmail(row.template, readJob(row.template, row.payloadVersion, row.props), row.locale);
    return { id: row.id, template: row.template, to: row.to, from: s.from, idempotencyKey: row.idempotencyKey, ...rendered };
  } catch (error) {
    // A message that cannot be rendered will not render on the next attempt either.
    return { ok: false, retryable: false, error: `render: ${(error as Error).message}` };
  }
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(lanes);
}

const rows = (items: { row: Row }[]) => items.map((i) => i.row);

async function deliverClaim(s: Settings, claim: Claim, stats: WorkerStats): Promise<void> {
  const { leaseUntil } = claim;
  const ready: { row: Row; delivery: Delivery }[] = [];
  for (const row of claim.rows) {
    // Checked at the last moment, not when queued: a reminder may have waited days.
    const hold = await outreachHold(s.db, row, s.now());
    if (hold) {
      await markCancelled(s, row, hold, leaseUntil, stats);
      continue;
    }
    const delivery = await render(s, row);
    if ('ok' in delivery) await markFailed(s, [row], delivery, leaseUntil, stats);
    else ready.push({ row, delivery });
  }
  if (ready.length === 0) return;

  const sendBatch = s.transport.sendBatch?.bind(s.transport);
  const batches: { items: typeof ready; key: string }[] = [];
  let singles = ready;
  if (claim.batchKey && sendBatch) {
    batches.push({ items: ready, key: claim.batchKey });
    singles = [];
  } else if (sendBatch && s.transport.maxBatch > 1) {
    // Only first attempts are batched: a message that was once sent alone keeps its own key.
    const fresh = ready.filter((r) => r.row.attempts === 0);
    if (fresh.length > 1) {
      singles = ready.filter((r) => r.row.attempts > 0);
      for (let i = 0; i < fresh.length; i += s.transport.maxBatch) {
        const items = fresh.slice(i, i + s.transport.maxBatch);
        batches.push({ items, key: batchKeyFor(items.map((r) => r.row.id)) });
      }
    }
  }

  for (const batch of batches) {
    const result = await sendBatch!(batch.items.map((r) => r.delivery), batch.key);
    if (result.ok) {
      for (const [i, r] of batch.items.entries()) {
        const sent = await markSent(s, r.row, r.delivery, result.providerIds[i] ?? null, leaseUntil);
        stats.sent += sent;
      }
    } else if (result.retryable) {
      // The batch may have reached the provider: retry exactly this batch under this key, all
      // members due at the same moment so that they are claimed together again.
      const delay = backoffMs(batch.items[0]!.row.attempts + 1, s, result.retryAfterMs);
      await markFailed(s, rows(batch.items), result, leaseUntil, stats, { batchKey: batch.key, delayMs: delay });
    } else {
      // Rejected as a whole (e.g. one invalid address): nothing was sent, so each message is
      // retried on its own with its own key, and only the bad one ends parked.
      await markFailed(s, rows(batch.items), { ...result, retryable: true }, leaseUntil, stats, { delayMs: 0 });
    }
  }

  await mapLimit(singles, 8, async ({ row, delivery }) => {
    let result;
    try {
      result = await s.transport.send(delivery);
    } catch (error) {
      result = { ok: false as const, retryable: true, error: `transport: ${(error as Error).message}` };
    }
    // Read stats only after the await: lanes run concurrently.
    if (result.ok) {
      const sent = await markSent(s, row, delivery, result.providerId, leaseUntil);
      stats.sent += sent;
    }
    else await markFailed(s, [row], result, leaseUntil, stats);
  });
}

/** Delivers every message that is due now, claim by claim; returns what it did. */
export async function runWorkerOnce(options: WorkerOptions = {}): Promise<WorkerStats> {
  const s = await settings(options);
  const stats: WorkerStats = { claimed: 0, sent: 0, retried: 0, parked: 0 };
  // Bounded so that one run never starves the loop's other duties (and stop() stays prompt).
  for (let round = 0; round < 50; round++) {
    const claim = await claimDue(s);
    if (!claim) break;
    stats.claimed += claim.rows.length;
    await deliverClaim(s, claim, stats);
  }
  return stats;
}

export type RunningWorker = { stop: () => Promise<void> };

/**
 * Polls the outbox about every second, one run at a time, and purges expired private data
 * (unverified sign-ons, old rate-limit counters) at most once per housekeeping interval. The
 * timer is unref'd so the worker never keeps a process alive by itself (pass keepAlive for
 * the stand-alone worker).
 */
/** A periodic job that rides on the worker's loop, run at most once per `everyMs`. */
export type WorkerDuty = {
  name: string;
  everyMs: number;
  run: (context: { now: Date; db?: WorkerOptions['db'] }) => Promise<unknown>;
};

/** The daily digest of entries awaiting review: checking who is due is one cheap query a minute. */
export const digestDuty: WorkerDuty = {
  name: 'review digest',
  everyMs: 60_000,
  // Loaded on use: the moderation domain need not load for a worker that only delivers.
  run: async ({ now }) => (await import('../moderation/digest')).sendDueDigests(now),
};

/** Purges expired private data: sign-ons never verified, old rate-limit counters. */
export const housekeepingDuty: WorkerDuty = {
  name: 'housekeeping',
  everyMs: HOUSEKEEPING_INTERVAL_MS,
  run: async ({ now, db }) => {
    const { signOnsPurged } = await runHousekeeping(now, db);
    if (signOnsPurged > 0) console.log(`[worker] purged ${signOnsPurged} sign-on(s) never verified`);
  },
};

export function startWorker(
  options: WorkerOptions & { intervalMs?: number; keepAlive?: boolean; duties?: WorkerDuty[] } = {},
): RunningWorker {
  const { intervalMs = 1_000, keepAlive = false, duties = [digestDuty, housekeepingDuty], ...workerOptions } = options;
  const now = workerOptions.now ?? (() => new Date());
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  const lastRun = new Map<string, number>();

  const runDuties = async () => {
    for (const duty of duties) {
      const at = now();
      if (at.getTime() - (lastRun.get(duty.name) ?? -Infinity) < duty.everyMs) continue;
      lastRun.set(duty.name, at.getTime());
      try {
        await duty.run({ now: at, db: workerOptions.db });
      } catch (error) {
        console.error(`[email] ${duty.name} failed; trying again later`, error);
      }
    }
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(tick, intervalMs);
    if (!keepAlive) timer.unref();
  };
  const tick = () => {
    running = runWorkerOnce(workerOptions)
      .then(() => (stopped ? undefined : runDuties()))
      .catch((error) => console.error('[email] worker run failed; trying again shortly', error))
      .finally(() => {
        running = null;
        schedule();
      });
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

const globalKey = Symbol.for('undersigned.email-worker');
type GlobalWithWorker = typeof globalThis & { [globalKey]?: RunningWorker };

/** Starts the in-process worker once per process, however often the server module loads. */
export function startWorkerOnce(): RunningWorker {
  const g = globalThis as GlobalWithWorker;
  g[globalKey] ??= startWorker();
  return g[globalKey];
}
