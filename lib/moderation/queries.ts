import 'server-only';
import { and, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { getDb, selectRows, type DbOrTx } from '@/db/client';
import { auditEvents, signOns } from '@/db/schema';
import { requireRole } from '../auth/roles';
import type { SignOnStatus } from '../sign-ons/lifecycle';
import { emailDomain } from '../sign-ons/normalize';
import type { QueueFilter } from './schemas';
import { isWatched } from './watch-list';

// Each entry carries its warnings and a merge form per likely duplicate: 25 keep a page light
// (about 250 kB) and its duplicate lookups short, and j/k still move through them quickly.
export const QUEUE_PAGE_SIZE = 25;

const statusFilter: Record<QueueFilter['status'], SignOnStatus[] | null> = {
  awaiting: ['verified'],
  approved: ['approved'],
  rejected: ['rejected'],
  pending_verification: ['pending_verification'],
  withdrawn: ['withdrawn'],
  all: null,
};

/** Escapes LIKE wildcards so a search for "100%" finds that text. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The WHERE clause of a queue view; bulk decisions reuse it so "all matching" means the same rows. */
export function queueConditions(campaignId: string, filter: Omit<QueueFilter, 'page'>): SQL {
  const conditions: (SQL | undefined)[] = [eq(signOns.campaignId, campaignId)];
  const statuses = statusFilter[filter.status];
  if (statuses) conditions.push(inArray(signOns.status, statuses));
  if (filter.kind) conditions.push(eq(signOns.kind, filter.kind));
  if (filter.country === 'INTL') conditions.push(isNull(signOns.country));
  else if (filter.country) conditions.push(eq(signOns.country, filter.country));
  if (filter.q) {
    const p = likePattern(filter.q);
    conditions.push(
      or(
        ilike(signOns.displayName, p),
        ilike(signOns.acronym, p),
        ilike(signOns.title, p),
        ilike(signOns.email, p),
        ilike(signOns.contactName, p),
      ),
    );
  }
  return and(...conditions)!;
}

export type DuplicateWarning = {
  otherId: string;
  otherName: string;
  otherStatus: SignOnStatus;
  reason: 'same_name' | 'same_acronym' | 'acronym_of_name' | 'similar_name' | 'same_email_domain';
  /** What tells the two entries apart on the merge buttons. */
  other: MergeCandidate;
};

/** How an entry is told apart from a look-alike: where it came from, when, and its email's domain. */
export type MergeCandidate = { source: 'form' | 'import'; createdAt: Date; emailDomain: string | null };

export type QueueEntry = {
  id: string;
  kind: 'organization' | 'individual';
  status: SignOnStatus;
  source: 'form' | 'import';
  displayName: string;
  acronym: string | null;
  title: string | null;
  country: string | null;
  website: string | null;
  contactName: string | null;
  contactRole: string | null;
  email: string | null;
  comment: string | null;
  keepInformed: boolean;
  versionSigned: number;
  createdAt: Date;
  verifiedAt: Date | null;
  decisionReason: string | null;
  duplicateOfId: string | null;
  /** A coordinator changed its public fields (the audit trail has a "sign-on.edited" event). */
  edited: boolean;
  convener: boolean;
  emailDomain: string | null;
  warnings: { duplicates: DuplicateWarning[]; watched: boolean };
};

export type QueuePage = {
  entries: QueueEntry[];
  total: number;
  page: number;
  pageCount: number;
  countsByStatus: Record<SignOnStatus, number>;
};

// Shared mailbox providers say nothing about which organization an address belongs to.
const webmailDomains = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'icloud.com',
  'proton.me',
  'protonmail.com',
  'gmx.net',
  'gmx.de',
  'aol.com',
  'mail.ru',
  'yandex.ru',
  'qq.com',
  '163.com',
  'naver.com',
];

/** How many other entries each reason names at most: enough to act on, and a bounded query. */
const WARNINGS_PER_REASON = 5;

/**
 * Likely duplicates of the given entries (SPEC §4): warned about, never blocked. Each reason
 * is its own index-backed lookup per entry (name, spelled-out name, acronym, initials and
 * email-domain btrees, a GiST index over campaign and spelled-out name trigrams), each capped,
 * so the cost follows the page, not the size of the campaign. A pair is named once, under its
 * strongest reason.
 */
export async function findDuplicateWarnings(
  db: DbOrTx,
  campaignId: string,
  ids: string[],
): Promise<Map<string, DuplicateWarning[]>> {
  const result = new Map<string, DuplicateWarning[]>();
  if (ids.length === 0) return result;
  const others = sql`b.campaign_id = a.campaign_id and b.id <> a.id and b.status <> 'withdrawn'
      and b.duplicate_of_id is distinct from a.id and a.duplicate_of_id is distinct from b.id`;
  const branch = (rank: number, reason: DuplicateWarning['reason'], condition: SQL) => sql`(
      select b.id as other_id, b.display_name as other_name, b.status as other_status, b.created_at as other_created_at,
        b.source as other_source, split_part(b.canonical_email, '@', 2) as other_domain,
        ${rank}::int as rank, ${reason}::text as reason
      from sign_ons b
      where ${others} and ${condition}
      order by b.created_at
      limit ${WARNINGS_PER_REASON})`;
  // Lower reasons skip what a stronger one already names, so each keeps its own five.
  const differentName = sql`b.normalized_name <> a.normalized_name`;
  const emailDomain = (alias: 'a' | 'b') => sql.raw(`split_part(${alias}.canonical_email, '@', 2)`);
  // A name that is one short word ("HRW") may be the acronym of another entry's name, or the
  // acronym another entry gives; each direction is its own lookup.
  const acronymLike = (alias: 'a' | 'b') => sql.raw(`${alias}.normalized_name ~ '^[a-z]{2,10}$'`);
  const acronymBranches = [
    sql`${acronymLike('a')} and b.name_initials = a.normalized_name`,
    sql`a.name_initials is not null and b.normalized_name = a.name_initials and ${acronymLike('b')}`,
    sql`${acronymLike('a')} and upper(b.acronym) = upper(a.normalized_name)`,
    sql`a.acronym is not null and b.normalized_name = lower(a.acronym)`,
  ].map((condition) => branch(3, 'acronym_of_name', sql`b.kind = 'organization' and a.kind = 'organization' and ${differentName} and ${condition}`));
  type Row = {
    id: string;
    other_id: string;
    other_name: string;
    other_status: SignOnStatus;
    other_created_at: Date | string;
    other_source: 'form' | 'import';
    other_domain: string | null;
    reason: DuplicateWarning['reason'];
  };
  const query = sql`
    select id, other_id, other_name, other_status, other_created_at, other_source, other_domain, reason from (
    select distinct on (a.id, w.other_id) a.id, w.other_id, w.other_name, w.other_status, w.reason, w.other_created_at,
      w.other_source, w.other_domain
    from sign_ons a
    cross join lateral (
      ${branch(1, 'same_name', sql`b.normalized_name = a.normalized_name`)}
      union all
      ${branch(2, 'same_acronym', sql`a.acronym is not null and upper(b.acronym) = upper(a.acronym) and ${differentName}`)}
      union all
      ${sql.join(acronymBranches, sql` union all `)}
      union all
      ${branch(4, 'similar_name', sql`b.kind = a.kind and ${differentName} and b.match_name = a.match_name`)}
      union all
      ${branch(4, 'similar_name', sql`b.kind = a.kind and ${differentName} and b.match_name % a.match_name and similarity(a.match_name, b.match_name) >= 0.5`)}
      union all
      ${branch(
        5,
        'same_email_domain',
        sql`a.kind = 'organization' and b.kind = 'organization' and ${emailDomain('b')} = ${emailDomain('a')} and ${differentName}
          and (a.acronym is null or upper(b.acronym) is distinct from upper(a.acronym))
          and ${emailDomain('a')} not in (${sql.join(webmailDomains.map((d) => sql`${d}`), sql`, `)})`,
      )}
    ) w
    where a.campaign_id = ${campaignId}
      and a.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})
    order by a.id, w.other_id, w.rank
    ) strongest
    order by other_created_at, other_id`;
  // The trigram index answers `%` at the session's threshold: raising it to the warning's own
  // 0.5 (for this transaction only) spares reading candidates that could never qualify.
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.5', true)`);
    return selectRows<Row>(tx, query);
  });
  for (const r of rows) {
    const warnings = result.get(r.id) ?? [];
    warnings.push({
      otherId: r.other_id,
      otherName: r.other_name,
      otherStatus: r.other_status,
      reason: r.reason,
      other: { source: r.other_source, createdAt: new Date(r.other_created_at), emailDomain: r.other_domain || null },
    });
    result.set(r.id, warnings);
  }
  return result;
}

/** Which of these entries a coordinator edited: one index lookup per entry (the audit trail). */
async function findEditedEntries(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: auditEvents.subjectId })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'sign-on.edited'), inArray(auditEvents.subjectId, ids)));
  return new Set(rows.map((r) => r.id).filter((id): id is string => id !== null));
}

/** One page of the review queue (coordinators of the campaign only), paginated in SQL. */
export async function getQueuePage(campaignId: string, actorId: string, filter: QueueFilter): Promise<QueuePage> {
  const db = await getDb();
  await requireRole(db, campaignId, actorId, 'editor');
  const where = queueConditions(campaignId, filter);
  // Awaiting entries are reviewed in the order they were confirmed; other views by arrival.
  const order = filter.status === 'awaiting' ? [asc(signOns.verifiedAt), asc(signOns.id)] : [asc(signOns.createdAt), asc(signOns.id)];

  const [rows, [totalRow], statusRows] = await Promise.all([
    db
      .select()
      .from(signOns)
      .where(where)
      .orderBy(...order)
      .limit(QUEUE_PAGE_SIZE)
      .offset((filter.page - 1) * QUEUE_PAGE_SIZE),
    db.select({ n: count() }).from(signOns).where(where),
    db
      .select({ status: signOns.status, n: count() })
      .from(signOns)
      .where(eq(signOns.campaignId, campaignId))
      .groupBy(signOns.status),
  ]);

  const ids = rows.map((r) => r.id);
  const [duplicates, edited] = await Promise.all([findDuplicateWarnings(db, campaignId, ids), findEditedEntries(db, ids)]);
  const countsByStatus = { pending_verification: 0, verified: 0, approved: 0, rejected: 0, withdrawn: 0 } as Record<SignOnStatus, number>;
  for (const r of statusRows) countsByStatus[r.status] = Number(r.n);
  const total = Number(totalRow?.n ?? 0);

  return {
    entries: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      source: r.source,
      displayName: r.displayName,
      acronym: r.acronym,
      title: r.title,
      country: r.country,
      website: r.website,
      contactName: r.contactName,
      contactRole: r.contactRole,
      email: r.email,
      comment: r.comment,
      keepInformed: r.keepInformed,
      versionSigned: r.versionSigned,
      createdAt: r.createdAt,
      verifiedAt: r.verifiedAt,
      decisionReason: r.decisionReason,
      duplicateOfId: r.duplicateOfId,
      edited: edited.has(r.id),
      convener: r.convener,
      emailDomain: r.canonicalEmail ? emailDomain(r.canonicalEmail) : null,
      warnings: { duplicates: duplicates.get(r.id) ?? [], watched: r.kind === 'individual' && isWatched(r.displayName) },
    })),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
    countsByStatus,
  };
}

/** How many entries a bulk decision on this filter would touch (shown in its confirmation). */
export async function countBulkTargets(
  campaignId: string,
  actorId: string,
  filter: Omit<QueueFilter, 'page'>,
  decision: 'approve' | 'reject',
): Promise<number> {
  const db = await getDb();
  await requireRole(db, campaignId, actorId, 'editor');
  const [row] = await db
    .select({ n: count() })
    .from(signOns)
    .where(and(queueConditions(campaignId, filter), inArray(signOns.status, bulkFrom[decision])));
  return Number(row?.n ?? 0);
}

/** Statuses a bulk decision applies to: it never resurrects a withdrawn or unverified entry. */
export const bulkFrom: Record<'approve' | 'reject', SignOnStatus[]> = {
  approve: ['verified'],
  reject: ['verified'],
};

/** Entries awaiting review, for the campaign's "Review" tab (the caller has checked membership). */
export async function countAwaiting(campaignId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(signOns)
    .where(and(eq(signOns.campaignId, campaignId), eq(signOns.status, 'verified')));
  return Number(row?.n ?? 0);
}

/** One entry's public fields, for the coordinator's edit form. */
/** An entry of this campaign for its edit page; null for an entry of any other campaign. */
export async function getSignOnForEditing(signOnId: string, campaignId: string, actorId: string) {
  const db = await getDb();
  await requireRole(db, campaignId, actorId, 'editor');
  const [row] = await db.select().from(signOns).where(and(eq(signOns.id, signOnId), eq(signOns.campaignId, campaignId)));
  if (!row) return null;
  return {
    id: row.id,
    campaignId: row.campaignId,
    kind: row.kind,
    status: row.status,
    displayName: row.displayName,
    acronym: row.acronym,
    title: row.title,
    country: row.country,
    original: row.originalSubmission as { displayName?: string; acronym?: string | null; title?: string | null; country?: string | null } | null,
  };
}

/** The name of one entry of the campaign, for the queue's notice after a decision on it. */
export async function getEntryName(campaignId: string, signOnId: string, actorId: string): Promise<string | null> {
  const db = await getDb();
  await requireRole(db, campaignId, actorId, 'editor');
  const [row] = await db
    .select({ name: signOns.displayName })
    .from(signOns)
    .where(and(eq(signOns.id, signOnId), eq(signOns.campaignId, campaignId)));
  return row?.name ?? null;
}
