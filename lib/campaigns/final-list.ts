import 'server-only';
import { and, asc, eq, gt, isNotNull, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { campaigns, signOns } from '@/db/schema';
import { parseOrThrow } from '../actions/parse';
import { requireRole } from '../auth/roles';
import { requireWritten } from '../conditional-write';
import type { OutgoingEmail } from '../email/outbox';
import { DomainError } from '../errors';
import { event, outcome, runCommand, type DomainEvent } from '../events';
import { refusingFrozen } from '../lists/frozen';
import { z } from 'zod';
import { deliveryInput, lockInput, type DeliveryInput, type LockInput } from '../lists/schemas';
import { writeSnapshot } from '../lists/snapshot';
import { greetingName } from '../sign-ons/greeting';
import { signerColumns } from '../sign-ons/signer-columns';
import { absoluteUrl, letterPath } from '../urls';
import { assertCampaignTransition, effectiveStatus, isFrozen } from './lifecycle';

export type LockResult = { campaignId: string; hash: string; lockedAt: Date; entries: number; summary: string };

/**
 * Locks the final list (SPEC §6), owner only, from closed (or open past its deadline). One
 * transaction holds the campaign row, flips it to locked with a conditional update and writes
 * the snapshot. Sign-on changes take FOR KEY SHARE on the campaign row in a trigger, so an
 * approval either commits before the FOR UPDATE below is granted (and is read) or waits and
 * is refused.
 */
export async function lockCampaign(input: LockInput, actorId: string, db?: DbOrTx): Promise<LockResult> {
  const { campaignId } = parseOrThrow(lockInput, input);
  return refusingFrozen(() =>
    runCommand(async (tx) => {
      await requireRole(tx, campaignId, actorId, 'owner');
      const [current] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).for('update');
      if (!current) throw new DomainError('not_found', 'Campaign not found.');
      if (isFrozen(current.status)) throw new DomainError('conflict', 'This letter is already locked.');
      assertCampaignTransition(effectiveStatus(current), 'lock');
      const lockedAt = new Date();
      const locked = await requireWritten(
        tx
          .update(campaigns)
          .set({ status: 'locked', lockedAt, lockedBy: actorId, closedAt: current.closedAt ?? lockedAt, updatedAt: lockedAt })
          .where(
            and(
              eq(campaigns.id, campaignId),
              // A deadline that has passed closes the campaign without anyone acting (SPEC §2).
              or(eq(campaigns.status, 'closed'), and(eq(campaigns.status, 'open'), lte(campaigns.deadline, lockedAt))),
            ),
          )
          .returning(),
        'This letter is already locked.',
      );
      const { hash, entries, summary } = await writeSnapshot(tx, locked, actorId);
      return outcome({ campaignId, hash, lockedAt, entries, summary }, [
        event({
          type: 'campaign.locked',
          campaignId,
          actor: { type: 'coordinator', id: actorId },
          subject: { type: 'campaign', id: campaignId },
          data: { from: current.status, to: 'locked', entries, summary, hash, letterVersion: locked.currentVersion },
        }),
      ]);
    }, db),
  );
}

export type DeliveryResult = { campaignId: string; deliveredAt: Date; emailsEnqueued: number };

/**
 * Records delivery (SPEC §6), owner only, from locked: the campaign becomes delivered and
 * every approved signer who asked to be kept informed gets the "letter delivered" email.
 */
export async function recordDelivery(input: DeliveryInput, actorId: string, db?: DbOrTx): Promise<DeliveryResult> {
  const data = parseOrThrow(deliveryInput, input);
  return runCommand(async (tx) => {
    await requireRole(tx, data.campaignId, actorId, 'owner');
    const [delivered] = await tx
      .update(campaigns)
      .set({
        status: 'delivered',
        deliveredAt: data.deliveredAt,
        deliveredTo: data.deliveredTo,
        deliveryMethod: data.method,
        deliveryNote: data.note,
        deliveryLink: data.link,
        updatedAt: new Date(),
      })
      .where(and(eq(campaigns.id, data.campaignId), eq(campaigns.status, 'locked')))
      .returning();
    if (!delivered) throw await whyNotDelivered(tx, data.campaignId);
    const emails = await deliveryEmails(tx, delivered, data);
    const deliveredEvent: DomainEvent = event({
      type: 'campaign.delivered',
      campaignId: data.campaignId,
      actor: { type: 'coordinator', id: actorId },
      subject: { type: 'campaign', id: data.campaignId },
      data: {
        from: 'locked',
        to: 'delivered',
        deliveredAt: data.deliveredAt.toISOString(),
        deliveredTo: data.deliveredTo,
        method: data.method,
        emailsEnqueued: emails.length,
      },
      emails,
    });
    return outcome({ campaignId: data.campaignId, deliveredAt: data.deliveredAt, emailsEnqueued: emails.length }, [deliveredEvent]);
  }, db);
}

async function whyNotDelivered(tx: DbOrTx, campaignId: string): Promise<DomainError> {
  const [current] = await tx.select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, campaignId));
  if (!current) return new DomainError('not_found', 'Campaign not found.');
  if (current.status === 'delivered') return new DomainError('conflict', 'This letter has already been recorded as delivered.');
  assertCampaignTransition(current.status, 'deliver');
  return new DomainError('conflict', 'The letter changed state meanwhile; reload and try again.');
}

const READ_BATCH = 500;

/** The "letter delivered" email of every approved signer who asked to be kept informed. */
async function deliveryEmails(
  tx: DbOrTx,
  delivered: typeof campaigns.$inferSelect,
  data: z.output<typeof deliveryInput>,
): Promise<OutgoingEmail<'letter-delivered'>[]> {
  const letterUrl = absoluteUrl(letterPath(delivered.slug));
  const emails: OutgoingEmail<'letter-delivered'>[] = [];
  for (let afterId: string | null = null; ; ) {
    const batch: (Parameters<typeof greetingName>[0] & { id: string; email: string | null; locale: string })[] = await tx
      .select(signerColumns)
      .from(signOns)
      .where(
        and(
          eq(signOns.campaignId, delivered.id),
          eq(signOns.status, 'approved'),
          eq(signOns.keepInformed, true),
          isNotNull(signOns.email),
          afterId ? gt(signOns.id, afterId) : undefined,
        ),
      )
      .orderBy(asc(signOns.id))
      .limit(READ_BATCH);
    for (const s of batch) {
      emails.push({
        template: 'letter-delivered',
        to: s.email!,
        props: {
          campaignTitle: delivered.title,
          name: greetingName(s),
          deliveredAt: data.deliveredAt.toISOString(),
          timeZone: delivered.deadlineTimeZone,
          deliveredTo: data.deliveredTo,
          letterUrl,
        },
        campaignId: delivered.id,
        idempotencyKey: `letter-delivered:${s.id}`,
        locale: s.locale,
      });
    }
    if (batch.length < READ_BATCH) break;
    afterId = batch[batch.length - 1]!.id;
  }
  return emails;
}
