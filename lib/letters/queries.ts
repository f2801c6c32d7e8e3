import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { campaigns, letterVersions } from '@/db/schema';
import { publishedBySlug } from '../campaigns/by-slug';
import { diffLetters, type FieldDiff } from './diff';
import { letterFieldNames, type LetterText } from './schemas';

/** A version as the public sees it: no editor, who is a coordinator's private detail. */
export type PublicVersion = { number: number; createdAt: Date; changeKind: 'initial' | 'minor' | 'substantive'; changeNote: string };

export type PublicVersionHistory = {
  id: string;
  slug: string;
  title: string;
  language: string;
  currentVersion: number;
  versions: PublicVersion[];
};

/** Every version of a published letter, oldest first, or null (drafts have no public history). */
export async function getPublicVersionHistory(slug: string): Promise<PublicVersionHistory | null> {
  const db = await getDb();
  const [campaign] = await db
    .select({ id: campaigns.id, slug: campaigns.slug, title: campaigns.title, language: campaigns.language, currentVersion: campaigns.currentVersion })
    .from(campaigns)
    .where(publishedBySlug(slug))
    .limit(1);
  if (!campaign) return null;
  const versions = await db
    .select({ number: letterVersions.number, createdAt: letterVersions.createdAt, changeKind: letterVersions.changeKind, changeNote: letterVersions.changeNote })
    .from(letterVersions)
    .where(eq(letterVersions.campaignId, campaign.id))
    .orderBy(asc(letterVersions.number));
  return { ...campaign, versions };
}

/** The fields that differ between two versions of a published letter, each as a word diff. */
export async function getPublicVersionDiff(campaignId: string, from: number, to: number): Promise<FieldDiff[] | null> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(letterVersions)
    .where(and(eq(letterVersions.campaignId, campaignId), inArray(letterVersions.number, [from, to])));
  const text = (n: number) => {
    const row = rows.find((r) => r.number === n);
    return row ? (Object.fromEntries(letterFieldNames.map((f) => [f, row[f]])) as LetterText) : null;
  };
  const [a, b] = [text(from), text(to)];
  return a && b ? diffLetters(a, b) : null;
}
