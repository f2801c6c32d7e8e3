import 'server-only';
import { bySlug } from './by-slug';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { campaigns, letterVersions } from '@/db/schema';
import type { LetterText } from '../letters/schemas';
import { effectiveStatus, publicStatuses, type CampaignStatus } from './lifecycle';

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

/** A published letter with its current version, or null (drafts are not public). */
export async function getPublicLetter(slug: string): Promise<PublicLetter | null> {
  const db = await getDb();
  const [row] = await db
    .select({ campaign: campaigns, version: letterVersions })
    .from(campaigns)
    .innerJoin(
      letterVersions,
      and(eq(letterVersions.campaignId, campaigns.id), eq(letterVersions.number, campaigns.currentVersion)),
    )
    .where(and(bySlug(slug), inArray(campaigns.status, [...publicStatuses])))
    .limit(1);
  if (!row) return null;
  const { campaign: c, version: v } = row;
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
