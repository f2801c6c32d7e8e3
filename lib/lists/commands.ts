import 'server-only';
import { signerColumns } from '../sign-ons/signer-columns';
import { and, asc, eq, gt, isNotNull, lte, or, sql } from 'drizzle-orm';
import { getDb, type Db, type DbOrTx } from '@/db/client';
import { campaigns, letterVersions, listSnapshots, signOns, snapshotEntries } from '@/db/schema';
import { parseOrThrow } from '../actions/validated-action';
import { recordEvent } from '../audit/record';
import { requireRole } from '../auth/roles';
import { revalidateCampaign } from '../campaigns/cache';
import { assertCampaignTransition, effectiveStatus, isFrozen, moderationAllowed } from '../campaigns/lifecycle';
import { enqueueEmails, type OutgoingEmail } from '../email/outbox';
import { DomainError } from '../errors';
import { greetingName } from '../sign-ons/greeting';
import { formatDay } from '../dates';
import { absoluteUrl, letterPath } from '../urls';
import { DOCUMENT_FORMAT, hashDocument, type ListDocumentMeta } from './document';
import { refusingFrozen } from './frozen';
import { sortEntries } from './order';
import { searchTextOf } from './queries';
import { deliveryInput, lockInput, type DeliveryInput, type LockInput } from './schemas';
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

/** Both a database and a transaction can open a (nested) transaction. */
const transaction = <T>(db: DbOrTx, run: (tx: DbOrTx) => Promise<T>): Promise<T> =>
  (db as Db).transaction((tx) => run(tx));

export type LockResult = {
  campaignId: string;
  hash: string;
  lockedAt: Date;
  entries: number;
  summary: string;
};

/**
 * Locks the final list (SPEC §6), owner only, from closed. One transaction: hold the campaign
 * row, flip it to locked with a conditional update, read the approved sign-ons, write the
 * snapshot in the campaign's list order, then its list_snapshots row with the hash of the JSON export.
 *
 * Sign-on changes take FOR KEY SHARE on the campaign row in a trigger, so an approval either
 * commits before the FOR UPDATE below is granted (and is read) or waits and is refused.
 */
export async function lockCampaign(input: LockInput, actorId: string, db?: DbOrTx): Promise<LockResult> {
  const { campaignId } = parseOrThrow(lockInput, input);
  const conn = db ?? (await getDb());
  const result = await refusingFrozen(() =>
    transaction(conn, async (tx) => {
      await requireRole(tx, campaignId, actorId, 'owner');
      const [current] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).for('update');
      if (!current) throw new DomainError('not_found', 'Campaign not found.');
      if (isFrozen(current.status)) throw new DomainError('conflict', 'This letter is already locked.');
      assertCampaignTransition(effectiveStatus(current), 'lock');

      const lockedAt = new Date();
      const [locked] = await tx
        .update(campaigns)
        .set({ status: 'locked', lockedAt, lockedBy: actorId, closedAt: current.closedAt ?? lockedAt, updatedAt: lockedAt })
        .where(
          and(
            eq(campaigns.id, campaignId),
            // A deadline that has passed closes the campaign without anyone acting (SPEC §2).
            or(eq(campaigns.status, 'closed'), and(eq(campaigns.status, 'open'), lte(campaigns.deadline, lockedAt))),
          ),
        )
        .returning();
      if (!locked) throw new DomainError('conflict', 'This letter is already locked.');

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
        .where(and(eq(signOns.campaignId, campaignId), eq(signOns.status, 'approved')));
      // The order chosen in the settings lives on in the snapshot's positions.
      const entries: PositionedEntry[] = sortEntries(approved, locked.language, locked.listOrder).map(
        ({ kind, name, acronym, title, country }, i) => ({ kind, name, acronym, title, country, position: i + 1 }),
      );

      for (let i = 0; i < entries.length; i += INSERT_BATCH) {
        await insertSnapshotEntries(tx, campaignId, entries.slice(i, i + INSERT_BATCH));
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
        .where(and(eq(letterVersions.campaignId, campaignId), eq(letterVersions.number, locked.currentVersion)));
      const meta: ListDocumentMeta = {
        format: DOCUMENT_FORMAT,
        campaign: { slug: locked.slug, title: version?.title ?? locked.title, language: locked.language },
        letterVersion: locked.currentVersion,
        lockedAt: lockedAt.toISOString(),
        counts,
        summary,
      };
      const hash = await hashDocument(meta, [entries]);

      // Written last: its existence closes the snapshot to further inserts (lock triggers).
      await tx.insert(listSnapshots).values({
        campaignId,
        letterVersion: locked.currentVersion,
        lockedAt,
        lockedBy: actorId,
        ...counts,
        summary,
        hash,
      });
      await recordEvent(tx, {
        campaignId,
        actorType: 'coordinator',
        actorId,
        action: 'campaign.locked',
        subjectType: 'campaign',
        subjectId: campaignId,
        data: { from: current.status, to: 'locked', entries: entries.length, summary, hash, letterVersion: locked.currentVersion },
      });
      return { campaignId, hash, lockedAt, entries: entries.length, summary };
    }),
  );
  revalidateCampaign(campaignId);
  return result;
}

export type DeliveryResult = { campaignId: string; deliveredAt: Date; emailsEnqueued: number };

const EMAIL_BATCH = 500;

/**
 * Records delivery (SPEC §6), owner only, from locked: the campaign becomes delivered and
 * every approved signer who asked to be kept informed gets the "letter delivered" email,
 * enqueued in batches in the same transaction.
 */
export async function recordDelivery(input: DeliveryInput, actorId: string, db?: DbOrTx): Promise<DeliveryResult> {
  const data = parseOrThrow(deliveryInput, input);
  const conn = db ?? (await getDb());
  const result = await transaction(conn, async (tx) => {
    await requireRole(tx, data.campaignId, actorId, 'owner');
    const now = new Date();
    const [delivered] = await tx
      .update(campaigns)
      .set({
        status: 'delivered',
        deliveredAt: data.deliveredAt,
        deliveredTo: data.deliveredTo,
        deliveryMethod: data.method,
        deliveryNote: data.note,
        deliveryLink: data.link,
        updatedAt: now,
      })
      .where(and(eq(campaigns.id, data.campaignId), eq(campaigns.status, 'locked')))
      .returning();
    if (!delivered) {
      const [current] = await tx.select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, data.campaignId));
      if (!current) throw new DomainError('not_found', 'Campaign not found.');
      if (current.status === 'delivered') throw new DomainError('conflict', 'This letter has already been recorded as delivered.');
      assertCampaignTransition(current.status, 'deliver');
      throw new DomainError('conflict', 'The letter changed state meanwhile; reload and try again.');
    }

    const deliveredOn = formatDay(data.deliveredAt, { language: delivered.language, timeZone: delivered.deadlineTimeZone });
    const letterUrl = absoluteUrl(letterPath(delivered.slug));
    let emailsEnqueued = 0;
    let afterId: string | null = null;
    for (;;) {
      const batch: (Parameters<typeof greetingName>[0] & { id: string; email: string | null; locale: string })[] = await tx
        .select(signerColumns)
        .from(signOns)
        .where(
          and(
            eq(signOns.campaignId, data.campaignId),
            eq(signOns.status, 'approved'),
            eq(signOns.keepInformed, true),
            isNotNull(signOns.email),
            afterId ? gt(signOns.id, afterId) : undefined,
          ),
        )
        .orderBy(asc(signOns.id))
        .limit(EMAIL_BATCH);
      if (batch.length === 0) break;
      const messages: OutgoingEmail<'letter-delivered'>[] = batch.map((s) => ({
        template: 'letter-delivered',
        to: s.email!,
        props: { campaignTitle: delivered.title, name: greetingName(s), deliveredOn, deliveredTo: data.deliveredTo, letterUrl },
        campaignId: data.campaignId,
        idempotencyKey: `letter-delivered:${s.id}`,
        locale: s.locale,
      }));
      await enqueueEmails(tx, messages);
      emailsEnqueued += messages.length;
      afterId = batch[batch.length - 1]!.id;
      if (batch.length < EMAIL_BATCH) break;
    }

    await recordEvent(tx, {
      campaignId: data.campaignId,
      actorType: 'coordinator',
      actorId,
      action: 'campaign.delivered',
      subjectType: 'campaign',
      subjectId: data.campaignId,
      data: {
        from: 'locked',
        to: 'delivered',
        deliveredAt: data.deliveredAt.toISOString(),
        deliveredTo: data.deliveredTo,
        method: data.method,
        emailsEnqueued,
      },
    });
    return { campaignId: data.campaignId, deliveredAt: data.deliveredAt, emailsEnqueued };
  });
  revalidateCampaign(data.campaignId);
  return result;
}

/**
 * Marks an entry as one of the conveners (or steering group) or not, editors and owners, while
 * the list can change: the "conveners first" list order puts them at the top of their kind.
 */
export async function setConvener(input: { signOnId: string; convener: boolean }, actorId: string, db?: DbOrTx): Promise<void> {
  const conn = db ?? (await getDb());
  const campaignId = await refusingFrozen(() =>
    transaction(conn, async (tx) => {
      const [entry] = await tx
        .select({ campaignId: signOns.campaignId, name: signOns.displayName, convener: signOns.convener })
        .from(signOns)
        .where(eq(signOns.id, input.signOnId));
      if (!entry) throw new DomainError('not_found', 'Sign-on not found.');
      await requireRole(tx, entry.campaignId, actorId, 'editor');
      const [campaign] = await tx.select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, entry.campaignId));
      if (!campaign || !moderationAllowed(campaign.status)) {
        throw new DomainError('invalid_transition', 'The list can only change while the campaign is open or closed.');
      }
      if (entry.convener === input.convener) return entry.campaignId;
      await tx.update(signOns).set({ convener: input.convener }).where(eq(signOns.id, input.signOnId));
      await recordEvent(tx, {
        campaignId: entry.campaignId,
        actorType: 'coordinator',
        actorId,
        action: input.convener ? 'sign-on.convener-set' : 'sign-on.convener-unset',
        subjectType: 'sign_on',
        subjectId: input.signOnId,
        data: { name: entry.name },
      });
      return entry.campaignId;
    }),
  );
  revalidateCampaign(campaignId);
}
