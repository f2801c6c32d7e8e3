import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { campaigns, importBatches, signOns } from '@/db/schema';
import { parseOrThrow } from '../actions/parse';
import { requireRole } from '../auth/roles';
import { isFrozen } from '../campaigns/lifecycle';
import { requireWritten } from '../conditional-write';
import { DomainError } from '../errors';
import { event, outcome, runCommand, type EventActor } from '../events';
import { normalizeName } from '../sign-ons/normalize';
import { importEntriesSchema, undoImportSchema } from './schemas';

/**
 * The coordinator who acts, or null for an operator at the command line (who has the
 * database in hand already, so there is no membership to check).
 */
export type ImportActor = string | null;

const actorOf = (actorId: ImportActor): EventActor => (actorId ? { type: 'coordinator', id: actorId } : { type: 'operator' });

function assertListOpen(status: (typeof campaigns.$inferSelect)['status']) {
  if (isFrozen(status)) {
    throw new DomainError('invalid_transition', 'The list is locked: sign-ons can no longer be imported or removed.');
  }
}

export type ImportResult = { batchId: string; count: number; organizations: number; individuals: number };

/**
 * Writes pasted or uploaded entries as approved sign-ons in one transaction (issue 8):
 * source "import", no email (they never receive signer emails), the letter version current
 * at the import, all tied to one batch so they can be undone together until the lock.
 */
export async function importEntries(input: unknown, actorId: ImportActor): Promise<ImportResult> {
  const { campaignId, entries } = parseOrThrow(importEntriesSchema, input);
  return runCommand(async (tx) => {
    if (actorId) await requireRole(tx, campaignId, actorId, 'editor');
    // Row lock: a lock of the campaign waits for the import, or the import sees the lock.
    const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).for('update');
    if (!campaign) throw new DomainError('not_found', 'Campaign not found.');
    assertListOpen(campaign.status);

    const [batch] = await tx
      .insert(importBatches)
      .values({ campaignId, coordinatorId: actorId, entryCount: entries.length })
      .returning({ id: importBatches.id });
    const now = new Date();
    const rows = entries.map((e) => ({
      campaignId,
      kind: e.kind,
      status: 'approved' as const,
      source: 'import' as const,
      displayName: e.name,
      acronym: e.kind === 'organization' ? e.acronym : null,
      title: e.kind === 'individual' ? e.title : null,
      country: e.country,
      normalizedName: normalizeName(e.name),
      versionSigned: campaign.currentVersion,
      originalSubmission: { source: 'import', line: e.line ?? null },
      importBatchId: batch!.id,
      decidedBy: actorId,
      approvedAt: now,
    }));
    // Chunks keep each statement under the driver's parameter limit.
    for (let i = 0; i < rows.length; i += 500) await tx.insert(signOns).values(rows.slice(i, i + 500));

    const organizations = entries.filter((e) => e.kind === 'organization').length;
    const individuals = entries.length - organizations;
    const imported = event({
      type: 'sign-ons.imported',
      campaignId,
      actor: actorOf(actorId),
      subject: { type: 'import_batch', id: batch!.id },
      data: { count: entries.length, organizations, individuals },
    });
    return outcome({ batchId: batch!.id, count: entries.length, organizations, individuals }, [imported]);
  });
}

/**
 * Takes a whole import back, until the lock. The batch's sign-ons are deleted rather than
 * marked withdrawn: nobody signed them through the site (no email, no status page, no
 * message was ever sent), and "withdrawn" would tell coordinators a signer changed their
 * mind. The batch row stays with `undoneAt`, and the audit trail keeps who undid what.
 */
export async function undoImport(input: unknown, actorId: ImportActor): Promise<{ removed: number }> {
  const { batchId } = parseOrThrow(undoImportSchema, input);
  return runCommand(async (tx) => {
    const [batch] = await tx.select().from(importBatches).where(eq(importBatches.id, batchId)).limit(1);
    if (!batch) throw new DomainError('not_found', 'Import not found.');
    if (actorId) await requireRole(tx, batch.campaignId, actorId, 'editor');
    const [campaign] = await tx
      .select({ status: campaigns.status })
      .from(campaigns)
      .where(eq(campaigns.id, batch.campaignId))
      .for('update');
    if (!campaign) throw new DomainError('not_found', 'Campaign not found.');
    assertListOpen(campaign.status);

    await requireWritten(
      tx
        .update(importBatches)
        .set({ undoneAt: new Date() })
        .where(and(eq(importBatches.id, batchId), isNull(importBatches.undoneAt)))
        .returning({ id: importBatches.id }),
      'This import has already been undone.',
    );

    const removed = await tx
      .delete(signOns)
      .where(eq(signOns.importBatchId, batchId))
      .returning({ id: signOns.id, displayName: signOns.displayName });
    // Sign-ons merged into a removed entry no longer point at a row that is gone.
    if (removed.length > 0) {
      const ids = removed.map((r) => r.id);
      for (let i = 0; i < ids.length; i += 500) {
        await tx
          .update(signOns)
          .set({ duplicateOfId: null })
          .where(and(eq(signOns.campaignId, batch.campaignId), inArray(signOns.duplicateOfId, ids.slice(i, i + 500))));
      }
    }
    const undoneEvent = event({
      type: 'sign-ons.import-undone',
      campaignId: batch.campaignId,
      actor: actorOf(actorId),
      subject: { type: 'import_batch', id: batchId },
      data: { count: removed.length, names: removed.map((r) => r.displayName) },
    });
    return outcome({ removed: removed.length }, [undoneEvent]);
  });
}
