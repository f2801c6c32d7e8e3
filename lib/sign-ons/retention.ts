import 'server-only';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { campaigns, outreachTargets, signOns } from '@/db/schema';
import { event, outcome, runCommand } from '../events';
import { requireRole } from '../auth/roles';
import { DomainError } from '../errors';

export { purgeUnverifiedSignOns } from './purge';

/**
 * After delivery an owner may erase signers' private data (emails, contact names, comments).
 * The public fields stay, as they are part of the frozen list.
 */
export async function erasePrivateData(input: { campaignId: string; confirmSlug?: string }, actorId: string): Promise<{ count: number }> {
  return runCommand(async (tx) => {
    await requireRole(tx, input.campaignId, actorId, 'owner');
    const [campaign] = await tx
      .select({ status: campaigns.status, slug: campaigns.slug })
      .from(campaigns)
      .where(eq(campaigns.id, input.campaignId));
    if (campaign?.status !== 'delivered') {
      throw new DomainError('invalid_transition', 'Private data can be erased once the letter has been delivered.');
    }
    // Nothing brings the data back: the owner types the letter's address to confirm.
    if (input.confirmSlug !== undefined && input.confirmSlug !== campaign.slug) {
      throw new DomainError('invalid_input', 'Please correct the highlighted fields.', {
        confirmSlug: [`Type ${campaign.slug} exactly to confirm.`],
      });
    }
    const erased = await tx
      .update(signOns)
      .set({
        email: null,
        canonicalEmail: null,
        contactName: null,
        contactRole: null,
        comment: null,
        originalSubmission: null,
        erasedAt: new Date(),
      })
      .where(and(eq(signOns.campaignId, input.campaignId), isNull(signOns.erasedAt)))
      .returning({ id: signOns.id });
    // Invited organizations' contact addresses are private data too; their names and the funnel stay.
    await tx
      .update(outreachTargets)
      .set({ email: '', canonicalEmail: sql`'erased:' || ${outreachTargets.id}`, invitationTokenHash: null, reminderTokenHash: null })
      .where(eq(outreachTargets.campaignId, input.campaignId));
    const done = event({
      type: 'sign-ons.private-data-erased',
      campaignId: input.campaignId,
      actor: { type: 'coordinator', id: actorId },
      data: { count: erased.length },
    });
    return outcome({ count: erased.length }, [done]);
  });
}

/** Sign-ons of a campaign whose private data is still kept. */
export async function countSignOnsWithPrivateData(campaignId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(signOns)
    .where(and(eq(signOns.campaignId, campaignId), isNull(signOns.erasedAt)));
  return row?.n ?? 0;
}
