import { letterPath } from '../urls';
import type { Locale } from './locales';

/**
 * The address of a letter's page in a language: the original stays at /letters/{slug}; every
 * other language has its own, /letters/{slug}/{locale}, so the URL alone decides what is shown.
 */
export function localizedLetterPath(slug: string, locale: string, originalLanguage: string, sub = ''): string {
  const base = locale === originalLanguage ? letterPath(slug) : `${letterPath(slug)}/${locale}`;
  return sub ? `${base}/${sub}` : base;
}

/**
 * The letter as a signer read it: the page in their language, or the original for a signer
 * whose language was not recorded (English, the default, or a post without the form).
 */
export const signerLetterPath = (slug: string, locale: Locale, originalLanguage: string) =>
  locale === 'en' ? letterPath(slug) : localizedLetterPath(slug, locale, originalLanguage);
