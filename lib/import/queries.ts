import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { campaigns, importBatches, signOns } from '@/db/schema';
import type { ExistingSignOn } from './parse';

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
    .where(eq(campaigns.slug, slug))
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
