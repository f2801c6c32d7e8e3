import 'server-only';
import { and, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { getDb, selectRows, type DbOrTx } from '@/db/client';
import { signOns } from '@/db/schema';
import { requireRole } from '../auth/roles';
import type { SignOnStatus } from '../sign-ons/lifecycle';
import type { QueueFilter } from './schemas';
import { isWatched } from './watch-list';

export const QUEUE_PAGE_SIZE = 50;

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
  reason: 'same_name' | 'same_acronym' | 'similar_name' | 'same_email_domain';
};

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
  edited: boolean;
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

/** Likely duplicates of the given entries (SPEC §4): warned about, never blocked. */
export async function findDuplicateWarnings(
  db: DbOrTx,
  campaignId: string,
  ids: string[],
): Promise<Map<string, DuplicateWarning[]>> {
  const result = new Map<string, DuplicateWarning[]>();
  if (ids.length === 0) return result;
  const rows = await selectRows<{ id: string; other_id: string; other_name: string; other_status: SignOnStatus; reason: DuplicateWarning['reason'] }>(db, sql`
    select a.id, b.id as other_id, b.display_name as other_name, b.status as other_status,
      case
        when a.normalized_name = b.normalized_name then 'same_name'
        when a.acronym is not null and upper(a.acronym) = upper(b.acronym) then 'same_acronym'
        when similarity(a.normalized_name, b.normalized_name) >= 0.5 then 'similar_name'
        else 'same_email_domain'
      end as reason
    from sign_ons a
    join sign_ons b on b.campaign_id = a.campaign_id and b.id <> a.id and b.status <> 'withdrawn'
      and b.duplicate_of_id is distinct from a.id and a.duplicate_of_id is distinct from b.id
    where a.campaign_id = ${campaignId}
      and a.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})
      and (
        a.normalized_name = b.normalized_name
        or (a.acronym is not null and upper(a.acronym) = upper(b.acronym))
        or (a.kind = b.kind and a.normalized_name % b.normalized_name and similarity(a.normalized_name, b.normalized_name) >= 0.5)
        or (a.kind = 'organization' and b.kind = 'organization'
            and split_part(a.canonical_email, '@', 2) = split_part(b.canonical_email, '@', 2)
            and split_part(a.canonical_email, '@', 2) not in (${sql.join(webmailDomains.map((d) => sql`${d}`), sql`, `)}))
      )
    order by b.created_at
    limit 1000`);
  for (const r of rows) {
    const warnings = result.get(r.id) ?? [];
    warnings.push({ otherId: r.other_id, otherName: r.other_name, otherStatus: r.other_status, reason: r.reason });
    result.set(r.id, warnings);
  }
  return result;
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

  const duplicates = await findDuplicateWarnings(db, campaignId, rows.map((r) => r.id));
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
      edited: r.originalSubmission !== null && r.updatedAt.getTime() !== r.createdAt.getTime(),
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
export async function getSignOnForEditing(signOnId: string, actorId: string) {
  const db = await getDb();
  const [row] = await db.select().from(signOns).where(eq(signOns.id, signOnId));
  if (!row) return null;
  await requireRole(db, row.campaignId, actorId, 'editor');
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
