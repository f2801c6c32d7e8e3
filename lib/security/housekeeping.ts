// No 'server-only' here: the stand-alone worker (run without the react-server condition) runs it.
import { lt } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { purgeUnverifiedSignOns } from '../sign-ons/purge';

/** Rate-limit windows are at most 15 minutes long; a day keeps every live one. */
export const RATE_LIMIT_KEEP_MS = 24 * 60 * 60 * 1000;
/** How often the worker loop purges: the retention period is days, an hour is plenty. */
export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

/** Old windows are useless; the purge job (or anyone) may call this. */
export async function purgeRateLimits(db: DbOrTx, olderThan: Date): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, olderThan));
}

export type HousekeepingStats = { signOnsPurged: number };

/** Forgets what the privacy notice says is kept only for a while (README, "Privacy"). */
export async function runHousekeeping(now: Date = new Date(), db?: DbOrTx): Promise<HousekeepingStats> {
  const d = db ?? (await getDb());
  const signOnsPurged = await purgeUnverifiedSignOns(now, d);
  await purgeRateLimits(d, new Date(now.getTime() - RATE_LIMIT_KEEP_MS));
  return { signOnsPurged };
}
