import type { Counts } from '../lists/summary';
import type { Locale } from './locales';
import { translatorFor } from './translator';

/**
 * "52 organizations and 10 individuals from 23 countries" in the reader's language, with its
 * plural rules. Only pages use it: the locked document keeps the language-neutral English
 * sentence (docs/decisions/0009-languages.md).
 */
export function localizedSummary({ organizations, individuals, countries }: Counts, locale: Locale): string {
  const t = translatorFor(locale, 'summary');
  const parts: string[] = [];
  if (organizations > 0) parts.push(t('organizations', { count: organizations }));
  if (individuals > 0) parts.push(t('individuals', { count: individuals }));
  if (parts.length === 0) return t('none');
  const who = parts.length === 2 ? t('both', { organizations: parts[0]!, individuals: parts[1]! }) : parts[0]!;
  return countries > 0 ? t('withCountries', { who, count: countries }) : who;
}
