import { kindOrder, type ListEntry } from './types';

const collators = new Map<string, Intl.Collator>();

/** A collator for the letter's language; an unknown tag falls back to English rather than failing a lock. */
export function collatorFor(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    try {
      collator = new Intl.Collator([language, 'en'], { numeric: true });
    } catch {
      collator = new Intl.Collator('en', { numeric: true });
    }
    collators.set(language, collator);
  }
  return collator;
}

/** The name as it sorts: a leading "The " does not decide where an entry goes (SPEC §5). */
export function sortName(name: string): string {
  return name.replace(/^the\s+/iu, '');
}

/**
 * The order of the published list: organizations, then individuals; within each, the
 * letter's collation on the name without a leading "The". Ties fall back to the full name,
 * then to code points, so the same set always gives the same order (and the same hash).
 */
export function compareEntries(language: string): (a: ListEntry, b: ListEntry) => number {
  const collator = collatorFor(language);
  return (a, b) =>
    kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
    collator.compare(sortName(a.name), sortName(b.name)) ||
    collator.compare(a.name, b.name) ||
    codePointCompare(a.name, b.name) ||
    codePointCompare(a.acronym ?? '', b.acronym ?? '') ||
    codePointCompare(a.title ?? '', b.title ?? '') ||
    codePointCompare(a.country ?? '', b.country ?? '');
}

const codePointCompare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A sorted copy; the input is left alone. */
export function sortEntries<T extends ListEntry>(entries: readonly T[], language: string): T[] {
  return [...entries].sort(compareEntries(language));
}
