import 'server-only';
import { and, asc, countDistinct, desc, eq, gt, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { unstable_cache } from 'next/cache';
import { getDb, type DbOrTx } from '@/db/client';
import { campaigns, letterVersions, listSnapshots, signOns, snapshotEntries } from '@/db/schema';
import { bySlug } from '../campaigns/by-slug';
import { campaignTag } from '../campaigns/cache';
import { campaignRefColumns } from '../campaigns/columns';
import { effectiveStatus, isFrozen, publicStatuses, type CampaignStatus } from '../campaigns/lifecycle';
import { normalizeName } from '../sign-ons/normalize';
import { DOCUMENT_FORMAT, type ListDocumentMeta } from './document';
import { summarySentence, type Counts } from './summary';
import type { TextSource } from './text';
import type { ListEntry, ListFormat, ListOrder, PositionedEntry } from './types';

/** Counts of approved sign-ons only (SPEC §5): countries are distinct codes across both kinds. */
export async function getCounts(campaignId: string, db?: DbOrTx): Promise<Counts & { summary: string }> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select({
      organizations: sql<number>`count(*) filter (where ${signOns.kind} = 'organization')`.mapWith(Number),
      individuals: sql<number>`count(*) filter (where ${signOns.kind} = 'individual')`.mapWith(Number),
      countries: countDistinct(signOns.country),
    })
    .from(signOns)
    .where(and(eq(signOns.campaignId, campaignId), eq(signOns.status, 'approved')));
  const counts = { organizations: row?.organizations ?? 0, individuals: row?.individuals ?? 0, countries: Number(row?.countries ?? 0) };
  return { ...counts, summary: summarySentence(counts) };
}

export type DeliveryRecord = {
  deliveredAt: Date;
  deliveredTo: string;
  method: 'email' | 'fax' | 'post' | 'in_person' | 'other';
  note: string | null;
  link: string | null;
};

export type SnapshotInfo = {
  hash: string;
  lockedAt: Date;
  letterVersion: number;
  counts: Counts;
  summary: string;
};

/** What the list pages, exports and the API need to know about a campaign; public fields only. */
export type ListCampaign = {
  id: string;
  slug: string;
  title: string;
  language: string;
  status: CampaignStatus;
  deadline: Date | null;
  listFormat: ListFormat;
  listOrder: ListOrder;
  liveList: boolean;
  currentVersion: number;
  snapshot: SnapshotInfo | null;
  delivery: DeliveryRecord | null;
};

async function findListCampaign(where: SQL, onlyPublic: boolean, db?: DbOrTx): Promise<ListCampaign | null> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select({ campaign: campaigns, snapshot: listSnapshots })
    .from(campaigns)
    .leftJoin(listSnapshots, eq(listSnapshots.campaignId, campaigns.id))
    .where(onlyPublic ? and(where, inArray(campaigns.status, [...publicStatuses])) : where)
    .limit(1);
  if (!row) return null;
  const { campaign: c, snapshot: s } = row;
  const frozen = isFrozen(c.status);
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    language: c.language,
    status: effectiveStatus(c),
    deadline: c.deadline,
    listFormat: c.listFormat,
    listOrder: c.listOrder,
    liveList: c.liveList,
    currentVersion: c.currentVersion,
    snapshot:
      frozen && s
        ? {
            hash: s.hash,
            lockedAt: s.lockedAt,
            letterVersion: s.letterVersion,
            counts: { organizations: s.organizations, individuals: s.individuals, countries: s.countries },
            summary: s.summary,
          }
        : null,
    delivery:
      c.status === 'delivered' && c.deliveredAt && c.deliveryMethod
        ? {
            deliveredAt: c.deliveredAt,
            deliveredTo: c.deliveredTo ?? '',
            method: c.deliveryMethod,
            note: c.deliveryNote,
            link: c.deliveryLink,
          }
        : null,
  };
}

/** A published campaign (open, closed, locked, delivered) by slug, or null. */
export const getPublicListCampaign = (slug: string, db?: DbOrTx) => findListCampaign(bySlug(slug), true, db);
export const getPublicListCampaignById = (id: string, db?: DbOrTx) => findListCampaign(eq(campaigns.id, id), true, db);
/** Any campaign, drafts included: only for callers that checked the coordinator's role. */
export const getListCampaign = (slug: string, db?: DbOrTx) => findListCampaign(bySlug(slug), false, db);

/** The list is public once locked, and before that only if the coordinators chose a live list (SPEC §5, §8). */
export function isListPublic(c: Pick<ListCampaign, 'status' | 'liveList'>): boolean {
  if (isFrozen(c.status)) return true;
  return (c.status === 'open' || c.status === 'closed') && c.liveList;
}

/** Live counts, or the frozen ones of the snapshot. */
export async function getListCounts(c: ListCampaign, db?: DbOrTx): Promise<Counts & { summary: string }> {
  if (c.snapshot) return { ...c.snapshot.counts, summary: c.snapshot.summary };
  return getCounts(c.id, db);
}

// ---------------------------------------------------------------------------
// The live list: approved sign-ons, ordered in SQL by kind, then by the campaign's list order
// on keys the database derives (migration 0007), which approximate the collation the lock
// applies. Each order has its own partial index.
// ---------------------------------------------------------------------------

const publicSignOnFields = {
  kind: signOns.kind,
  name: signOns.displayName,
  acronym: signOns.acronym,
  title: signOns.title,
  country: signOns.country,
};

/** The columns a list order sorts on, last one unique, with each one's type for a keyset. */
function liveOrderKeys(order: ListOrder): { key: SQL; type: string }[] {
  const kind = { key: sql`${signOns.kind}`, type: 'sign_on_kind' };
  const id = { key: sql`${signOns.id}`, type: 'uuid' };
  const sortKey = { key: sql`${signOns.sortKey}`, type: 'text' };
  if (order === 'entered') return [kind, { key: sql`${signOns.entered}`, type: 'bigint' }];
  if (order === 'conveners_first') return [kind, { key: sql`(not ${signOns.convener})`, type: 'boolean' }, sortKey, id];
  return [kind, sortKey, id];
}

export type ListPage = { entries: PositionedEntry[]; total: number; page: number; perPage: number };

/**
 * The first entries of a live list as the letter page shows them, cached under the
 * campaign's tag: every approval, edit, withdrawal or settings change revalidates it.
 */
export function getCachedLivePreview(campaignId: string, perPage: number, order: ListOrder): Promise<ListPage> {
  return unstable_cache(() => getLiveListPage(campaignId, 1, perPage, order), ['live-list-preview', campaignId, String(perPage), order], {
    tags: [campaignTag(campaignId)],
    revalidate: 60,
  })();
}

export async function getLiveListPage(campaignId: string, page: number, perPage: number, order: ListOrder, db?: DbOrTx): Promise<ListPage> {
  const conn = db ?? (await getDb());
  const where = and(eq(signOns.campaignId, campaignId), eq(signOns.status, 'approved'));
  const offset = (page - 1) * perPage;
  const [rows, [total]] = await Promise.all([
    conn
      .select(publicSignOnFields)
      .from(signOns)
      .where(where)
      .orderBy(...liveOrderKeys(order).map((k) => asc(k.key)))
      .limit(perPage)
      .offset(offset),
    conn.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(signOns).where(where),
  ]);
  return { entries: rows.map((r, i) => ({ ...r, position: offset + i + 1 })), total: total?.n ?? 0, page, perPage };
}

type Filter = { kind?: ListEntry['kind']; country?: string | null };

/** Approved sign-ons in live-list order, batch by batch (keyset on the order's columns). */
export async function* iterateLiveEntries(
  campaignId: string,
  order: ListOrder,
  filter: Filter = {},
  batchSize = 1000,
): AsyncGenerator<PositionedEntry[]> {
  const conn = await getDb();
  const keys = liveOrderKeys(order);
  let position = 0;
  // Batches by offset over an order that ends in a unique key: a live list may still change
  // between batches (it is not final), and the order's mixed types made a row comparison
  // unreliable across drivers.
  for (let offset = 0; ; offset += batchSize) {
    const rows: ListEntry[] = await conn
      .select(publicSignOnFields)
      .from(signOns)
      .where(
        and(
          eq(signOns.campaignId, campaignId),
          eq(signOns.status, 'approved'),
          filter.kind ? eq(signOns.kind, filter.kind) : undefined,
          countryCondition(signOns.country, filter.country),
        ),
      )
      .orderBy(...keys.map((k) => asc(k.key)))
      .limit(batchSize)
      .offset(offset);
    if (rows.length === 0) return;
    yield rows.map((r) => ({ kind: r.kind, name: r.name, acronym: r.acronym, title: r.title, country: r.country, position: ++position }));
    if (rows.length < batchSize) return;
  }
}

function countryCondition(column: typeof signOns.country | typeof snapshotEntries.country, country: string | null | undefined) {
  if (country === undefined) return undefined;
  return country === null ? isNull(column) : eq(column, country);
}

// ---------------------------------------------------------------------------
// The final list: the snapshot written by the lock.
// ---------------------------------------------------------------------------

const entryFields = {
  position: snapshotEntries.position,
  kind: snapshotEntries.kind,
  name: snapshotEntries.name,
  acronym: snapshotEntries.acronym,
  title: snapshotEntries.title,
  country: snapshotEntries.country,
};

/** What the final-list search matches: names, acronyms and titles, without case, accents or punctuation. */
export const searchTextOf = (e: ListEntry) => normalizeName([e.name, e.acronym, e.title].filter(Boolean).join(' '));

export type FinalListQuery = {
  page: number;
  perPage: number;
  q?: string;
  country?: string | null;
  /** The snapshot's own count, when the caller has it: an unfiltered page then counts nothing. */
  total?: number;
};

export async function getFinalListPage(campaignId: string, query: FinalListQuery, db?: DbOrTx): Promise<ListPage> {
  const conn = db ?? (await getDb());
  const needle = query.q ? normalizeName(query.q) : '';
  const where = and(
    eq(snapshotEntries.campaignId, campaignId),
    // normalizeName leaves letters, digits and spaces only: nothing LIKE would read as a wildcard.
    needle ? sql`${snapshotEntries.searchText} like ${`%${needle}%`}` : undefined,
    countryCondition(snapshotEntries.country, query.country),
  );
  const unfiltered = !needle && query.country === undefined;
  const [rows, total] = await Promise.all([
    conn
      .select(entryFields)
      .from(snapshotEntries)
      .where(where)
      .orderBy(asc(snapshotEntries.position))
      .limit(query.perPage)
      .offset((query.page - 1) * query.perPage),
    unfiltered && query.total !== undefined
      ? query.total
      : conn
          .select({ n: sql<number>`count(*)`.mapWith(Number) })
          .from(snapshotEntries)
          .where(where)
          .then(([r]) => r?.n ?? 0),
  ]);
  return { entries: rows, total, page: query.page, perPage: query.perPage };
}

/**
 * Country codes of a final list, for its filter: a snapshot never changes, so this is read
 * once per snapshot and kept (keyed by its hash).
 */
export function getCachedFinalListCountries(campaignId: string, hash: string): Promise<(string | null)[]> {
  return unstable_cache(() => getFinalListCountries(campaignId), ['final-list-countries', campaignId, hash])();
}

/** Country codes present in the final list (null = international / not given), for the filter. */
export async function getFinalListCountries(campaignId: string, kind?: ListEntry['kind'], db?: DbOrTx): Promise<(string | null)[]> {
  const conn = db ?? (await getDb());
  const rows = await conn
    .selectDistinct({ country: snapshotEntries.country })
    .from(snapshotEntries)
    .where(and(eq(snapshotEntries.campaignId, campaignId), kind ? eq(snapshotEntries.kind, kind) : undefined));
  return rows.map((r) => r.country);
}

/** Snapshot entries in position order, batch by batch (keyset on position). */
export async function* iterateSnapshotEntries(campaignId: string, filter: Filter = {}, batchSize = 1000): AsyncGenerator<PositionedEntry[]> {
  const conn = await getDb();
  let after = 0;
  for (;;) {
    const rows = await conn
      .select(entryFields)
      .from(snapshotEntries)
      .where(
        and(
          eq(snapshotEntries.campaignId, campaignId),
          gt(snapshotEntries.position, after),
          filter.kind ? eq(snapshotEntries.kind, filter.kind) : undefined,
          countryCondition(snapshotEntries.country, filter.country),
        ),
      )
      .orderBy(asc(snapshotEntries.position))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.position;
    if (rows.length < batchSize) return;
  }
}

/** The document's head for a locked campaign, from the snapshot (title of the version locked). */
export async function getSnapshotMeta(c: ListCampaign, db?: DbOrTx): Promise<ListDocumentMeta | null> {
  if (!c.snapshot) return null;
  const conn = db ?? (await getDb());
  const [version] = await conn
    .select({ title: letterVersions.title })
    .from(letterVersions)
    .where(and(eq(letterVersions.campaignId, c.id), eq(letterVersions.number, c.snapshot.letterVersion)))
    .limit(1);
  return {
    format: DOCUMENT_FORMAT,
    campaign: { slug: c.slug, title: version?.title ?? c.title, language: c.language },
    letterVersion: c.snapshot.letterVersion,
    lockedAt: c.snapshot.lockedAt.toISOString(),
    counts: c.snapshot.counts,
    summary: c.snapshot.summary,
  };
}

/** A source of entries for exports: the snapshot once locked, the live approved list before. */
export type EntrySource = {
  meta: ListDocumentMeta;
  final: boolean;
  batches: (filter?: Filter) => AsyncIterable<PositionedEntry[]>;
  text: TextSource;
};

export async function getEntrySource(c: ListCampaign): Promise<EntrySource> {
  const meta = await getSnapshotMeta(c);
  if (meta) {
    return {
      meta,
      final: true,
      batches: (filter) => iterateSnapshotEntries(c.id, filter),
      text: {
        batches: (kind, country) => iterateSnapshotEntries(c.id, { kind, country }),
        countries: (kind) => getFinalListCountries(c.id, kind),
        count: async (kind) => meta.counts[kind === 'organization' ? 'organizations' : 'individuals'],
      },
    };
  }
  const counts = await getCounts(c.id);
  const db = await getDb();
  return {
    meta: {
      format: DOCUMENT_FORMAT,
      campaign: { slug: c.slug, title: c.title, language: c.language },
      letterVersion: c.currentVersion,
      lockedAt: null,
      counts: { organizations: counts.organizations, individuals: counts.individuals, countries: counts.countries },
      summary: counts.summary,
    },
    final: false,
    batches: (filter) => iterateLiveEntries(c.id, c.listOrder, filter),
    text: {
      batches: (kind, country) => iterateLiveEntries(c.id, c.listOrder, { kind, country }),
      countries: async (kind) =>
        (
          await db
            .selectDistinct({ country: signOns.country })
            .from(signOns)
            .where(and(eq(signOns.campaignId, c.id), eq(signOns.status, 'approved'), eq(signOns.kind, kind)))
        ).map((r) => r.country),
      count: async (kind) => counts[kind === 'organization' ? 'organizations' : 'individuals'],
    },
  };
}

// ---------------------------------------------------------------------------
// The public archive
// ---------------------------------------------------------------------------

export type ArchiveEntry = {
  slug: string;
  title: string;
  language: string;
  status: CampaignStatus;
  openedAt: Date | null;
  deadline: Date | null;
  lockedAt: Date | null;
  deliveredAt: Date | null;
  summary: string;
};

/** Published letters, newest first, with their state and summary sentence. */
export async function listArchive(db?: DbOrTx): Promise<ArchiveEntry[]> {
  const conn = db ?? (await getDb());
  const rows = await conn
    .select({
      ...campaignRefColumns,
      openedAt: campaigns.openedAt,
      deadline: campaigns.deadline,
      lockedAt: campaigns.lockedAt,
      deliveredAt: campaigns.deliveredAt,
      snapshotSummary: listSnapshots.summary,
    })
    .from(campaigns)
    .leftJoin(listSnapshots, eq(listSnapshots.campaignId, campaigns.id))
    .where(inArray(campaigns.status, [...publicStatuses]))
    .orderBy(desc(sql`coalesce(${campaigns.openedAt}, ${campaigns.createdAt})`), desc(campaigns.createdAt));
  const live = rows.filter((r) => !r.snapshotSummary).map((r) => r.id);
  const counts = new Map<string, Counts>();
  if (live.length > 0) {
    const grouped = await conn
      .select({
        campaignId: signOns.campaignId,
        organizations: sql<number>`count(*) filter (where ${signOns.kind} = 'organization')`.mapWith(Number),
        individuals: sql<number>`count(*) filter (where ${signOns.kind} = 'individual')`.mapWith(Number),
        countries: sql<number>`count(distinct ${signOns.country})`.mapWith(Number),
      })
      .from(signOns)
      .where(and(inArray(signOns.campaignId, live), eq(signOns.status, 'approved')))
      .groupBy(signOns.campaignId);
    for (const g of grouped) counts.set(g.campaignId, g);
  }
  return rows.map(({ id, snapshotSummary, ...r }) => ({
    ...r,
    status: effectiveStatus(r),
    summary: snapshotSummary ?? summarySentence(counts.get(id) ?? { organizations: 0, individuals: 0, countries: 0 }),
  }));
}

/**
 * What the lock confirmation shows (coordinators only; the caller checks the role): the
 * summary of what will be locked and how many sign-ons still await review and will be left out.
 */
export async function getLockPreview(campaignId: string, db?: DbOrTx): Promise<Counts & { summary: string; awaitingReview: number }> {
  const conn = db ?? (await getDb());
  const [counts, [waiting]] = await Promise.all([
    getCounts(campaignId, conn),
    conn
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(signOns)
      .where(and(eq(signOns.campaignId, campaignId), eq(signOns.status, 'verified'))),
  ]);
  return { ...counts, awaitingReview: waiting?.n ?? 0 };
}

/** How many approved signers asked to be kept informed: they get the "letter delivered" email. */
export async function countKeptInformed(campaignId: string, db?: DbOrTx): Promise<number> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(signOns)
    .where(and(eq(signOns.campaignId, campaignId), eq(signOns.status, 'approved'), eq(signOns.keepInformed, true), isNotNull(signOns.email)));
  return row?.n ?? 0;
}
