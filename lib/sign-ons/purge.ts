// No 'server-only' here: the stand-alone worker (run without the react-server condition)
// schedules this purge too.
import { and, eq, inArray, isNull, lt, notInArray } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { campaigns, signOns } from '@/db/schema';
import { UNVERIFIED_TTL_MS } from './lifecycle';

/**
 * Deletes sign-ons never verified within the retention period (SPEC §4: they never count).
 * A locked or delivered campaign refuses deletions (migration 0002), so there the expired
 * rows lose their private fields instead, which the lock allows. Safe to run from several
 * instances at once. Returns the number of rows deleted.
 */
export async function purgeUnverifiedSignOns(now: Date = new Date(), db?: DbOrTx): Promise<number> {
  const d = db ?? (await getDb());
  const cutoff = new Date(now.getTime() - UNVERIFIED_TTL_MS);
  const expired = and(eq(signOns.status, 'pending_verification'), lt(signOns.createdAt, cutoff));
  const final = d.select({ id: campaigns.id }).from(campaigns).where(inArray(campaigns.status, ['locked', 'delivered']));
  const deleted = await d
    .delete(signOns)
    .where(and(expired, notInArray(signOns.campaignId, final)))
    .returning({ id: signOns.id });
  await d
    .update(signOns)
    .set({ email: null, canonicalEmail: null, contactName: null, contactRole: null, comment: null, originalSubmission: null, erasedAt: now })
    .where(and(expired, isNull(signOns.erasedAt), inArray(signOns.campaignId, final)));
  return deleted.length;
}
