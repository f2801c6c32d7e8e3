import 'server-only';
import { revalidatePath } from 'next/cache';
import { getDb, type Db, type DbOrTx, type Tx } from '@/db/client';
import { auditEvents, outboxMessages } from '@/db/schema';
import { revalidateCampaign } from '../campaigns/cache';
import { prepareJob } from '../email/jobs';
import type { OutgoingEmail } from '../email/outbox';
import type { DomainEvent, EventType } from './types';

/**
 * The one place where what a command did becomes its side effects (decision 0010): audit
 * rows and queued emails inside the command's transaction, so they exist if and only if the
 * change commits; cache expiries after it, so no page is rendered again from data a
 * rollback could still take back.
 */

/** Changes visitors see unless the event says otherwise. */
const seenByVisitors: Partial<Record<EventType, boolean>> = {
  'campaign.opened': true,
  'campaign.deleted': true,
  'campaign.closed': true,
  'campaign.reopened': true,
  'campaign.locked': true,
  'campaign.delivered': true,
  'campaign.settings_changed': true,
  'letter.version_created': true,
  'letter.translation_saved': true,
  'sign-on.approved': true,
  'sign-on.rejected': true,
  'sign-on.returned-to-review': true,
  'sign-on.merged': true,
  'sign-on.convener-set': true,
  'sign-on.convener-unset': true,
  'sign-on.withdrawn': true,
  'sign-ons.bulk-approved': true,
  'sign-ons.bulk-rejected': true,
  'sign-ons.imported': true,
  'sign-ons.import-undone': true,
};

/** Events with no audit row of their own. */
const unrecorded = new Set<EventType>(['email.requested', 'campaign.deleted']);

const isVisible = (e: DomainEvent) => e.campaignId !== null && (e.visible ?? seenByVisitors[e.type] ?? false);

function auditRow(e: DomainEvent): typeof auditEvents.$inferInsert {
  return {
    campaignId: e.campaignId,
    actorType: e.actor.type,
    actorId: e.actor.id ?? null,
    action: e.type,
    subjectType: e.subject?.type ?? null,
    subjectId: e.subject?.id ?? null,
    data: e.data as Record<string, unknown>,
    createdAt: e.at,
  };
}

function outboxRow(m: OutgoingEmail): typeof outboxMessages.$inferInsert {
  const { payloadVersion, props } = prepareJob(m.template, m.props);
  return {
    template: m.template,
    to: m.to,
    props,
    payloadVersion,
    locale: m.locale ?? 'en',
    campaignId: m.campaignId ?? null,
    idempotencyKey: m.idempotencyKey,
    nextAttemptAt: m.notBefore,
  };
}

const INSERT_BATCH = 1000;

/** Writes the events' audit rows and emails in the caller's transaction; returns the campaigns whose public pages changed. */
export async function commit(tx: DbOrTx, events: DomainEvent[]): Promise<Set<string>> {
  const audit = events.filter((e) => !unrecorded.has(e.type)).map(auditRow);
  const emails = events.flatMap((e) => e.emails ?? []).map(outboxRow);
  const writes: Promise<unknown>[] = [];
  if (audit.length > 0) writes.push(tx.insert(auditEvents).values(audit));
  // A delivery can email a whole list: batches keep each statement under PostgreSQL's bind-parameter limit.
  for (let i = 0; i < emails.length; i += INSERT_BATCH) {
    const batch = emails.slice(i, i + INSERT_BATCH);
    writes.push(tx.insert(outboxMessages).values(batch).onConflictDoNothing({ target: outboxMessages.idempotencyKey }));
  }
  // Independent inserts, sent together: postgres.js pipelines them on the transaction's connection.
  await Promise.all(writes);
  return new Set(events.filter(isVisible).map((e) => e.campaignId!));
}

/** What a command's transaction returns: its answer and what happened. */
export type Outcome<T> = { value: T; events: DomainEvent[] };

export const outcome = <T>(value: T, events: DomainEvent[] = []): Outcome<T> => ({ value, events });

/**
 * Runs a command's work in a transaction (nested in the caller's when one is given), commits
 * its events in it, and after it expires the public pages it changed and refreshes the
 * dashboard the coordinator is looking at.
 */
export async function runCommand<T>(work: (tx: Tx) => Promise<Outcome<T>>, db?: DbOrTx): Promise<T> {
  const conn = db ?? (await getDb());
  const { value, changed, bySigner } = await (conn as Db).transaction(async (tx) => {
    const result = await work(tx);
    const bySigner = result.events.some((e) => e.actor.type === 'signer');
    return { value: result.value, changed: await commit(tx, result.events), bySigner };
  });
  // Nested in a caller's transaction (the demo seed), nothing is committed yet, and on PGlite
  // the announcement would wait for that transaction: it goes out once the caller is done.
  if (isTransaction(conn)) void afterCommit(changed, !bySigner);
  else await afterCommit(changed, !bySigner);
  return value;
}

const isTransaction = (conn: DbOrTx): conn is Tx => 'rollback' in conn;

/**
 * A signer's request (a sign-on, a confirmation) has no dashboard to refresh, and every path
 * expiry is announced to all servers: the sign-on path sends none.
 */
async function afterCommit(changed: Iterable<string>, dashboard: boolean): Promise<void> {
  await Promise.all([...changed].map((id) => revalidateCampaign(id)));
  if (dashboard) refreshDashboard();
}

/** Coordinators' pages render per request; this only tells the browser's router to drop what it holds. */
function refreshDashboard(): void {
  try {
    revalidatePath('/dashboard', 'layout');
  } catch {
    // Outside a request (the worker, the command line) there is no router to tell.
  }
}
