import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { campaigns, letterVersions, listSnapshots, signOns, snapshotEntries } from '@/db/schema';
import { DOCUMENT_FORMAT, hashDocument, type ListDocumentMeta } from './document';
import { sortEntries } from './order';
import { searchTextOf } from './queries';
import { summarySentence } from './summary';
import type { PositionedEntry } from './types';

const INSERT_BATCH = 5000;

/**
 * One statement per batch with the rows as a single JSON parameter: a many-row VALUES list
 * costs a bind parameter per cell and made a 100,000-entry lock several times slower.
 */
async function insertSnapshotEntries(tx: DbOrTx, campaignId: string, entries: PositionedEntry[]): Promise<void> {
  const rows = JSON.stringify(entries.map((e) => ({ ...e, search_text: searchTextOf(e) })));
  await tx.execute(sql`
    insert into ${snapshotEntries} (campaign_id, position, kind, name, acronym, title, country, search_text)
    select ${campaignId}::uuid, x.position, x.kind, x.name, x.acronym, x.title, x.country, x.search_text
    from jsonb_to_recordset(${rows}::jsonb)
      as x(position integer, kind sign_on_kind, name text, acronym text, title text, country text, search_text text)`);
}

type LockedCampaign = typeof campaigns.$inferSelect;

export type SnapshotResult = { hash: string; entries: number; summary: string };

/**
 * Copies the approved sign-ons of a campaign just marked locked into its frozen list, in the
 * list order of its settings, and writes the list_snapshots row with the hash of the JSON
 * export. The row is written last: its existence closes the snapshot to further inserts.
 */
export async function writeSnapshot(tx: DbOrTx, locked: LockedCampaign, actorId: string): Promise<SnapshotResult> {
  const approved = await tx
    .select({
      kind: signOns.kind,
      name: signOns.displayName,
      acronym: signOns.acronym,
      title: signOns.title,
      country: signOns.country,
      convener: signOns.convener,
      entered: signOns.entered,
    })
    .from(signOns)
    .where(and(eq(signOns.campaignId, locked.id), eq(signOns.status, 'approved')));
  const entries: PositionedEntry[] = sortEntries(approved, locked.language, locked.listOrder).map(
    ({ kind, name, acronym, title, country }, i) => ({ kind, name, acronym, title, country, position: i + 1 }),
  );
  for (let i = 0; i < entries.length; i += INSERT_BATCH) {
    await insertSnapshotEntries(tx, locked.id, entries.slice(i, i + INSERT_BATCH));
  }
  const counts = {
    organizations: entries.filter((e) => e.kind === 'organization').length,
    individuals: entries.filter((e) => e.kind === 'individual').length,
    countries: new Set(entries.map((e) => e.country).filter(Boolean)).size,
  };
  const summary = summarySentence(counts);
  const [version] = await tx
    .select({ title: letterVersions.title })
    .from(letterVersions)
    .where(and(eq(letterVersions.campaignId, locked.id), eq(letterVersions.number, locked.currentVersion)));
  const lockedAt = locked.lockedAt!;
  const meta: ListDocumentMeta = {
    format: DOCUMENT_FORMAT,
    campaign: { slug: locked.slug, title: version?.title ?? locked.title, language: locked.language },
    letterVersion: locked.currentVersion,
    lockedAt: lockedAt.toISOString(),
    counts,
    summary,
  };
  const hash = await hashDocument(meta, [entries]);
  await tx.insert(listSnapshots).values({ campaignId: locked.id, letterVersion: locked.currentVersion, lockedAt, lockedBy: actorId, ...counts, summary, hash });
  return { hash, entries: entries.length, summary };
}
