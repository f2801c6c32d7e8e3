import 'server-only';
import { bySlug } from '../campaigns/by-slug';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { campaigns, importBatches, signOns } from '@/db/schema';
import { requireRole } from '../auth/roles';
import { markExistingDuplicates, parseSignatoryList, type EntryKind, type ExistingSignOn, type ParsedEntry } from './parse';
import { summarizeAfterImport, summarizeImport, type ImportSummary } from './summary';

/** Sign-ons an import could repeat: everything still in the running (not rejected or withdrawn). */
const liveStatuses = ['pending_verification', 'verified', 'approved'] as const;

export async function getExistingSignOnKeys(campaignId: string, db?: DbOrTx): Promise<ExistingSignOn[]> {
  const conn = db ?? (await getDb());
  return conn
    .select({ normalizedName: signOns.normalizedName, acronym: signOns.acronym, country: signOns.country })
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

/** A campaign's imports, newest first, for the coordinators' page (undo until the lock). */
export async function listImportBatches(campaignId: string, db?: DbOrTx): Promise<ImportBatchSummary[]> {
  const conn = db ?? (await getDb());
  return conn
    .select({
      id: importBatches.id,
      coordinatorId: importBatches.coordinatorId,
      entryCount: importBatches.entryCount,
      createdAt: importBatches.createdAt,
      undoneAt: importBatches.undoneAt,
    })
    .from(importBatches)
    .where(eq(importBatches.campaignId, campaignId))
    .orderBy(desc(importBatches.createdAt));
}

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
