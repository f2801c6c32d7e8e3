import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { campaigns, letterTranslations } from '@/db/schema';
import { toLocale } from '../i18n/locales';
import { localizedLetterPath } from '../i18n/paths';
import { absoluteUrl } from '../urls';

export type SignerLetter = { title: string; letterUrl: string };

/**
 * The letter as each signer's emails name and link it: its title and page in the language
 * they signed in when it has a translation there, else the original's. One query for any
 * number of languages (a bulk decision emails many signers at once).
 */
export async function lettersForSigners(
  tx: DbOrTx,
  campaign: { id: string; slug: string; title: string; language?: string },
  signerLocales: readonly string[],
): Promise<(locale: string) => SignerLetter> {
  const original = campaign.language ?? (await originalLanguage(tx, campaign.id));
  // Signing in the original's language (most sign-ons) needs no translation: no query on that path.
  const wanted = [...new Set(signerLocales.map(toLocale))].filter((l) => l !== original);
  const translated =
    wanted.length === 0
      ? []
      : await tx
          .select({ locale: letterTranslations.locale, title: letterTranslations.title })
          .from(letterTranslations)
          .where(and(eq(letterTranslations.campaignId, campaign.id), inArray(letterTranslations.locale, wanted)));
  const titles = new Map(translated.map((t) => [t.locale, t.title]));
  const originalLetter = { title: campaign.title, letterUrl: absoluteUrl(localizedLetterPath(campaign.slug, original, original)) };
  return (locale) => {
    const l = toLocale(locale);
    const title = titles.get(l);
    return title ? { title, letterUrl: absoluteUrl(localizedLetterPath(campaign.slug, l, original)) } : originalLetter;
  };
}

async function originalLanguage(tx: DbOrTx, campaignId: string): Promise<string> {
  const [row] = await tx.select({ language: campaigns.language }).from(campaigns).where(eq(campaigns.id, campaignId));
  return row?.language ?? 'en';
}
