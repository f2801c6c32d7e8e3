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

/** The language a page in `locale` is written in when it is the original of an unsupported language. */
export type PageLanguage = { locale: Locale; isOriginal: boolean };
