import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';
import ko from '@/messages/ko.json';
import { defaultLocale, type Locale } from './locales';

export type Messages = typeof en;
type Tree = { [key: string]: string | Tree };

/** Fills every key a catalog lacks from the English one, so a partial catalog never shows a key name. */
function withFallback(partial: Tree, fallback: Tree): Tree {
  const merged: Tree = {};
  for (const [key, value] of Object.entries(fallback)) {
    const own = partial[key];
    merged[key] = typeof value === 'string' ? (typeof own === 'string' ? own : value) : withFallback(typeof own === 'object' ? own : {}, value);
  }
  return merged;
}

const catalogs: Record<Locale, Tree> = { en, fr, es, ko, ar };
const complete = new Map<Locale, Messages>();

/** A locale's whole catalog, English wherever it has no message of its own. */
export function messagesFor(locale: Locale): Messages {
  let messages = complete.get(locale);
  if (!messages) {
    messages = (locale === defaultLocale ? en : withFallback(catalogs[locale], en)) as Messages;
    complete.set(locale, messages);
  }
  return messages;
}

/** The raw catalogs as written (the completeness test reads them). */
export const rawCatalogs: Readonly<Record<Locale, Tree>> = catalogs;
