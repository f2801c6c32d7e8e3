import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { campaigns, signOns } from '@/db/schema';
import { recordEvent } from '../audit/record';
import { requireRole } from '../auth/roles';
import { DomainError } from '../errors';

export { purgeUnverifiedSignOns } from './purge';

/**
 * After delivery an owner may erase signers' private data (emails, contact names, comments).
 * The public fields stay, as they are part of the frozen list.
 */
export async function erasePrivateData(input: { campaignId: string }, actorId: string): Promise<{ count: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireRole(tx, input.campaignId, actorId, 'owner');
    const [campaign] = await tx.select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, input.campaignId));
    if (campaign?.status !== 'delivered') {
      throw new DomainError('invalid_transition', 'Private data can be erased once the letter has been delivered.');
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
    await recordEvent(tx, {
      campaignId: input.campaignId,
      actorType: 'coordinator',
      actorId,
      action: 'sign-ons.private-data-erased',
      data: { count: erased.length },
    });
    return { count: erased.length };
  });
}
