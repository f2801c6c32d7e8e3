import 'server-only';
import { bySlug } from '../campaigns/by-slug';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { campaigns, coordinators, importBatches, signOns } from '@/db/schema';
import { getRole, requireRole } from '../auth/roles';
import { isFrozen } from '../campaigns/lifecycle';
import { DomainError } from '../errors';
import { markExistingDuplicates, parseSignatoryList, type EntryKind, type ExistingSignOn, type ParsedEntry } from './parse';
import { markPreview, rowsToImport, sentenceAfterImport, type PreviewRow } from './preview-form';
import { summarizeAfterImport, summarizeImport, type ImportSummary } from './summary';

/** Sign-ons an import could repeat: everything still in the running (not rejected or withdrawn). */
const liveStatuses = ['pending_verification', 'verified', 'approved'] as const;

export async function getExistingSignOnKeys(campaignId: string, db?: DbOrTx): Promise<ExistingSignOn[]> {
  const conn = db ?? (await getDb());
  return conn
    .select({ normalizedName: signOns.normalizedName, acronym: signOns.acronym, country: signOns.country, kind: signOns.kind })
    .from(signOns)
    .where(and(eq(signOns.campaignId, campaignId), inArray(signOns.status, [...liveStatuses])));
}

export type ImportTarget = { id: string; slug: string; title: string; status: (typeof campaigns.$inferSelect)['status'] };

/** The campaign an operator names on the command line, or null. */
export async function getImportTarget(slug: string, db?: DbOrTx): Promise<ImportTarget | null> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select({ id: campaigns.id, slug: campaigns.slug, title: campaigns.title, status: campaigns.status })
    .from(campaigns)
    .where(bySlug(slug))
    .limit(1);
  return row ?? null;
}

export type ImportBatchSummary = { id: string; coordinatorId: string | null; entryCount: number; createdAt: Date; undoneAt: Date | null };

export type ImportPreview = {
  entries: ParsedEntry[];
  /** The entries of the paste alone, in-paste duplicates counted once. */
  summary: ImportSummary;
  /** The public summary sentence once imported (entries already on the list left out). */
  afterImport: ReturnType<typeof summarizeAfterImport>;
  /** The campaign's approved sign-ons, for recomputing `afterImport` as choices change. */
  approved: { kind: EntryKind; country: string | null }[];
};

/**
 * What the preview table shows for pasted text: parsed entries flagged against each other
 * and against the campaign's sign-ons, and the summary sentence the import would produce.
 */
export async function previewImport(
  input: { campaignId: string; text: string; defaultKind?: EntryKind },
  coordinatorId: string,
): Promise<ImportPreview> {
  const db = await getDb();
  await requireRole(db, input.campaignId, coordinatorId, 'editor');
  const parsed = parseSignatoryList(input.text, { defaultKind: input.defaultKind });
  const entries = markExistingDuplicates(parsed, await getExistingSignOnKeys(input.campaignId, db));
  const approved = await db
    .select({ kind: signOns.kind, country: signOns.country })
    .from(signOns)
    .where(and(eq(signOns.campaignId, input.campaignId), eq(signOns.status, 'approved')));
  const fresh = entries.filter((e) => !e.flags.includes('duplicate_existing'));
  return { entries, summary: summarizeImport(entries), afterImport: summarizeAfterImport(approved, fresh), approved };
}

export type ImportPreviewRows = {
  rows: PreviewRow[];
  /** The public summary sentence once the chosen rows are imported. */
  sentence: string;
  /** How many rows "Import" would write. */
  importCount: number;
};

/**
 * The import screen's preview of entries already parsed (pasted text, a mapped CSV, or the
 * previous preview with the coordinator's edits): flagged against each other and against the
 * campaign's sign-ons, with the public summary sentence the import would produce. On the
 * first look, entries that repeat a sign-on already on the letter start out excluded.
 */
export async function previewImportRows(
  input: { campaignId: string; entries: ParsedEntry[]; excluded?: ReadonlySet<number>; keep?: ReadonlySet<number>; firstLook?: boolean },
  coordinatorId: string,
): Promise<ImportPreviewRows> {
  const db = await getDb();
  await requireRole(db, input.campaignId, coordinatorId, 'editor');
  const [campaign] = await db.select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, input.campaignId)).limit(1);
  if (!campaign) throw new DomainError('not_found', 'Campaign not found.');
  if (isFrozen(campaign.status)) throw new DomainError('invalid_transition', 'The list is locked: sign-ons can no longer be imported.');
  const existing = await getExistingSignOnKeys(input.campaignId, db);
  const approved = await db
    .select({ kind: signOns.kind, country: signOns.country })
    .from(signOns)
    .where(and(eq(signOns.campaignId, input.campaignId), eq(signOns.status, 'approved')));
  let excluded = input.excluded ?? new Set<number>();
  const keep = input.keep ?? new Set<number>();
  let rows = markPreview(input.entries, { excluded, keep, existing });
  if (input.firstLook) {
    excluded = new Set(rows.flatMap((r, i) => (r.flags.includes('duplicate_existing') ? [i] : [])));
    if (excluded.size > 0) rows = markPreview(input.entries, { excluded, keep, existing });
  }
  return { rows, sentence: sentenceAfterImport(approved, rows), importCount: rowsToImport(rows).length };
}

export type ImportHistoryEntry = ImportBatchSummary & { coordinator: string | null };

/** The campaign's imports with who made them, for its coordinators (null for anyone else). */
export async function listImportHistory(campaignId: string, coordinatorId: string): Promise<ImportHistoryEntry[] | null> {
  const db = await getDb();
  if (!(await getRole(db, campaignId, coordinatorId))) return null;
  const rows = await db
    .select({
      id: importBatches.id,
      coordinatorId: importBatches.coordinatorId,
      entryCount: importBatches.entryCount,
      createdAt: importBatches.createdAt,
      undoneAt: importBatches.undoneAt,
      name: coordinators.name,
      email: coordinators.email,
    })
    .from(importBatches)
    .leftJoin(coordinators, eq(coordinators.id, importBatches.coordinatorId))
    .where(eq(importBatches.campaignId, campaignId))
    .orderBy(desc(importBatches.createdAt));
  return rows.map(({ name, email, ...batch }) => ({ ...batch, coordinator: name ?? email ?? null }));
}
