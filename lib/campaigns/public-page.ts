import 'server-only';
import { unstable_cache } from 'next/cache';
import { getCounts } from '../lists/queries';
import type { Counts } from '../lists/summary';
import { archiveTag, campaignTag } from './cache';
import { acceptsSignOns, effectiveStatus, type CampaignStatus } from './lifecycle';
import { findPublishedLetter, getPublicLetter, toPublicLetter, type PublicLetter } from './queries';

export type PublicLetterPage = {
  letter: PublicLetter;
  counts: Counts & { summary: string };
  deadlineTimeZone: string | null;
  deliveredAt: Date | null;
  deliveredTo: string | null;
  /** Derived from the clock at request time, never from the cache. */
  status: CampaignStatus;
  acceptsSignOns: boolean;
  deadlinePassed: boolean;
};

type Stored = Omit<PublicLetterPage, 'status' | 'acceptsSignOns' | 'deadlinePassed' | 'deliveredAt' | 'letter'> & {
  storedStatus: CampaignStatus;
  deliveredAt: string | null;
  letter: Omit<PublicLetter, 'openedAt' | 'deadline'> & { openedAt: string | null; deadline: string | null };
};

/** Uncached: what the public page shows about one letter (no private field anywhere). */
export async function loadPublicLetterPage(slug: string): Promise<Stored | null> {
  const row = await findPublishedLetter(slug);
  if (!row) return null;
  const { campaign } = row;
  const letter = toPublicLetter(row);
  const counts = await getCounts(letter.id);
  return {
    letter: { ...letter, openedAt: letter.openedAt?.toISOString() ?? null, deadline: letter.deadline?.toISOString() ?? null },
    counts,
    storedStatus: campaign.status,
    deadlineTimeZone: campaign.deadlineTimeZone,
    deliveredAt: campaign.deliveredAt?.toISOString() ?? null,
    deliveredTo: campaign.deliveredTo,
  };
}

// The slug → id step is cached under the archive tag (revalidated with every campaign change,
// including a slug edit); the page data under the campaign's own tag. Tags are revalidated in
// the instance that made the change; with several instances the others catch up within
// SAFETY_REVALIDATE_SECONDS.
const SAFETY_REVALIDATE_SECONDS = 60;
const cachedCampaignId = (slug: string) =>
  unstable_cache(
    async () => {
      const letter = await getPublicLetter(slug);
      return letter?.id ?? null;
    },
    ['public-campaign-id', slug],
    { tags: [archiveTag], revalidate: SAFETY_REVALIDATE_SECONDS },
  )();

const cachedPage = (id: string, slug: string) =>
  unstable_cache(() => loadPublicLetterPage(slug), ['public-letter-page', id, slug], { tags: [campaignTag(id)], revalidate: SAFETY_REVALIDATE_SECONDS })();

/**
 * The public letter page's data, served from the cache and revalidated by
 * revalidateCampaign(id) whenever anything visible changes (SPEC §9).
 */
export async function getPublicLetterPage(slug: string, now = new Date()): Promise<PublicLetterPage | null> {
  const id = await cachedCampaignId(slug);
  if (!id) return null;
  const stored = await cachedPage(id, slug);
  if (!stored) return null;
  return hydrate(stored, now);
}

export function hydrate(stored: Stored, now = new Date()): PublicLetterPage {
  const deadline = stored.letter.deadline ? new Date(stored.letter.deadline) : null;
  const raw = { status: stored.storedStatus, deadline };
  const status = effectiveStatus(raw, now);
  return {
    letter: {
      ...stored.letter,
      status,
      deadline,
      openedAt: stored.letter.openedAt ? new Date(stored.letter.openedAt) : null,
    },
    counts: stored.counts,
    deadlineTimeZone: stored.deadlineTimeZone,
    deliveredAt: stored.deliveredAt ? new Date(stored.deliveredAt) : null,
    deliveredTo: stored.deliveredTo,
    status,
    acceptsSignOns: acceptsSignOns(raw, now),
    deadlinePassed: !!deadline && deadline.getTime() <= now.getTime(),
  };
}
