import 'server-only';
import { publishedBySlug } from './by-slug';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { campaigns, letterVersions } from '@/db/schema';
import type { LetterText } from '../letters/schemas';
import { effectiveStatus, type CampaignStatus } from './lifecycle';

export type PublicCampaignSummary = {
  slug: string;
  title: string;
  status: CampaignStatus;
  language: string;
  openedAt: Date | null;
  deadline: Date | null;
};

export type PublicLetter = PublicCampaignSummary & {
  id: string;
  version: number;
  letter: LetterText;
};

/** A published letter's campaign row and current version, or null (drafts are not public). */
export async function findPublishedLetter(slug: string) {
  const db = await getDb();
  const [row] = await db
    .select({ campaign: campaigns, version: letterVersions })
    .from(campaigns)
    .innerJoin(
      letterVersions,
      and(eq(letterVersions.campaignId, campaigns.id), eq(letterVersions.number, campaigns.currentVersion)),
    )
    .where(publishedBySlug(slug))
    .limit(1);
  return row ?? null;
}

type PublishedLetterRow = NonNullable<Awaited<ReturnType<typeof findPublishedLetter>>>;

/** A published letter with its current version, or null (drafts are not public). */
export async function getPublicLetter(slug: string): Promise<PublicLetter | null> {
  const row = await findPublishedLetter(slug);
  return row ? toPublicLetter(row) : null;
}

/** What the public reads of a letter: its current text and where it stands, nothing private. */
export function toPublicLetter({ campaign: c, version: v }: PublishedLetterRow): PublicLetter {
  return {
    id: c.id,
    slug: c.slug,
    title: v.title,
    status: effectiveStatus(c),
    language: c.language,
    openedAt: c.openedAt,
    deadline: c.deadline,
    version: v.number,
    letter: {
      title: v.title,
      dateLine: v.dateLine,
      addressees: v.addressees,
      body: v.body,
      closing: v.closing,
      cc: v.cc,
      individualsFootnote: v.individualsFootnote,
    },
  };
}
