import 'server-only';
import { sql } from 'drizzle-orm';
import { revalidateTag, unstable_cache } from 'next/cache';
import { getDb } from '@/db/client';

/** Cache tag of everything public about one campaign (letter page, counts, list, API). */
export const campaignTag = (campaignId: string) => `campaign:${campaignId}`;
export const archiveTag = 'campaigns:public';

/** The channel cache-handler.mjs listens on in every server. */
const CACHE_CHANNEL = 'undersigned_cache';
const localExpiry = Symbol.for('undersigned.cache.expire');

/**
 * Marks the page being rendered as one that shows this campaign, so that revalidateCampaign
 * renews it (its data may come from queries that carry no tag of their own).
 */
export async function showsCampaign(campaignId: string): Promise<void> {
  await unstable_cache(async () => true, ['shows-campaign', campaignId], { tags: [campaignTag(campaignId), archiveTag] })();
}

/** Marks the page being rendered as one that lists the published letters. */
export async function showsArchive(): Promise<void> {
  await unstable_cache(async () => true, ['shows-archive'], { tags: [archiveTag] })();
}

/**
 * Tells every server that a campaign's public pages changed, from outside a Next.js request
 * (the worker, `npm run import`): this process's cache directly, the others through
 * PostgreSQL NOTIFY (cache-handler.mjs).
 */
export async function announceCampaignChange(campaignId: string): Promise<void> {
  const tags = [campaignTag(campaignId), archiveTag];
  (globalThis as { [localExpiry]?: (tags: string[]) => void })[localExpiry]?.(tags);
  const db = await getDb();
  const payload = JSON.stringify({ from: `process-${process.pid}`, tags });
  await db.execute(sql`SELECT pg_notify(${CACHE_CHANNEL}, ${payload})`);
}

/**
 * Call after any change a visitor could see (a sign-on's status, the letter, the campaign's
 * state). Inside a request Next.js expires the tags after the response and the cache handler
 * tells the other servers; elsewhere the change is announced directly. The promise is for
 * callers that exit right after (the command line); others may leave it.
 */
export function revalidateCampaign(campaignId: string): Promise<void> {
  try {
    revalidateTag(campaignTag(campaignId), { expire: 0 });
    revalidateTag(archiveTag, { expire: 0 });
    return Promise.resolve();
  } catch {
    return announceCampaignChange(campaignId).catch((error: unknown) => {
      console.error(`[cache] cannot announce a change of campaign ${campaignId}: ${(error as Error).message}`);
    });
  }
}
