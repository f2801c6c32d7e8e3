import 'server-only';
import { unstable_cache } from 'next/cache';
import { isLocale, toLocale, type Locale } from '../i18n/locales';
import { getLetterTranslations } from '../letters/translations';
import type { LetterText } from '../letters/schemas';
import { campaignTag } from './cache';
import { getPublicLetterPage, type PublicLetterPage } from './public-page';

export type PublicTranslation = LetterText & { locale: Locale; outdated: boolean };

/** The letter's languages as its public pages offer them: the original first, then each translation. */
export type LetterLanguages = { original: string; translations: PublicTranslation[] };

const cachedTranslations = (campaignId: string) =>
  unstable_cache(
    async (): Promise<PublicTranslation[]> =>
      (await getLetterTranslations(campaignId)).map(({ locale, title, dateLine, addressees, body, closing, cc, individualsFootnote, outdated }) => ({
        locale,
        title,
        dateLine,
        addressees,
        body,
        closing,
        cc,
        individualsFootnote,
        outdated,
      })),
    ['public-letter-translations', campaignId],
    { tags: [campaignTag(campaignId)], revalidate: 60 },
  )();

export type LocalizedLetterPage = {
  page: PublicLetterPage;
  languages: LetterLanguages;
  /** The language of the page's interface. */
  locale: Locale;
  /** Set when the page shows a translation rather than the original. */
  translation: PublicTranslation | null;
};

/**
 * A public letter page's data in one language: `locale` null or the original's language gives
 * the original; any other locale the letter has a translation in gives that translation;
 * anything else gives null (the page 404s).
 */
export async function getLocalizedLetterPage(slug: string, locale: string | null): Promise<LocalizedLetterPage | null> {
  const page = await getPublicLetterPage(slug);
  if (!page) return null;
  const translations = await cachedTranslations(page.letter.id);
  const languages = { original: page.letter.language, translations: translations.filter((t) => t.locale !== page.letter.language) };
  if (locale === null || locale === page.letter.language) {
    return { page, languages, locale: toLocale(page.letter.language), translation: null };
  }
  if (!isLocale(locale)) return null;
  const translation = languages.translations.find((t) => t.locale === locale);
  return translation ? { page, languages, locale, translation } : null;
}

/** Every language of a letter whose pages exist, original first. */
export const letterLocales = (languages: LetterLanguages): string[] => [languages.original, ...languages.translations.map((t) => t.locale)];
