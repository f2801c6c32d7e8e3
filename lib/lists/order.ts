import { kindOrder, type ListEntry, type ListOrder } from './types';

const collators = new Map<string, Intl.Collator>();

/**
 * A collator for the letter's language with numeric collation ("2 Rivers" before "12 Rivers"
 * before "1990 Families"); an unknown tag falls back to English rather than failing a lock.
 */
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

/** A person's name as a list of people sorts it: family name (the last word) first. */
export function familyNameFirst(name: string): string {
  const words = name.trim().split(/\s+/u);
  return words.length < 2 ? name.trim() : `${words.at(-1)} ${words.slice(0, -1).join(' ')}`;
}

/** An entry with what the list orders may use besides its public fields. */
export type SortableEntry = ListEntry & { convener?: boolean; entered?: number };

/**
 * The order of the published list: organizations, then individuals; within each, by the
 * campaign's list order: alphabetically (organizations by name without a leading "The",
 * individuals by family name), conveners first and then alphabetically, or as entered. Ties
 * fall back to the full name, then to code points, so the same set always gives the same order
 * (and the same hash).
 */
export function compareEntries(language: string, order: ListOrder = 'alphabetical'): (a: SortableEntry, b: SortableEntry) => number {
  const collator = collatorFor(language);
  const key = (e: SortableEntry) => (e.kind === 'individual' ? familyNameFirst(e.name) : sortName(e.name));
  return (a, b) =>
    kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
    (order === 'conveners_first' ? Number(Boolean(b.convener)) - Number(Boolean(a.convener)) : 0) ||
    (order === 'entered' ? (a.entered ?? 0) - (b.entered ?? 0) : 0) ||
    collator.compare(key(a), key(b)) ||
    collator.compare(a.name, b.name) ||
    codePointCompare(a.name, b.name) ||
    codePointCompare(a.acronym ?? '', b.acronym ?? '') ||
    codePointCompare(a.title ?? '', b.title ?? '') ||
    codePointCompare(a.country ?? '', b.country ?? '');
}

const codePointCompare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A sorted copy; the input is left alone. */
export function sortEntries<T extends SortableEntry>(entries: readonly T[], language: string, order: ListOrder = 'alphabetical'): T[] {
  return [...entries].sort(compareEntries(language, order));
}
