import 'server-only';
import { revalidateTag } from 'next/cache';

/** Cache tag of everything public about one campaign (letter page, counts, list, API). */
export const campaignTag = (campaignId: string) => `campaign:${campaignId}`;
export const archiveTag = 'campaigns:public';

/**
 * Call after any change a visitor could see (a sign-on's status, the letter, the campaign's
 * state). Outside a Next.js request (CLI, tests) there is no cache to revalidate.
 */
export function revalidateCampaign(campaignId: string): void {
  try {
    revalidateTag(campaignTag(campaignId), { expire: 0 });
    revalidateTag(archiveTag, { expire: 0 });
  } catch {
    // Not running inside Next.js: nothing is cached.
  }
}
