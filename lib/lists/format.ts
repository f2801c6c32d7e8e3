import { countryName, INTERNATIONAL_LABEL } from './countries';
import { collatorFor } from './order';
import type { ListEntry, ListFormat } from './types';

export const NO_COUNTRY_LABEL = 'Country not given';

/**
 * How an entry's country reads after its name: its name, or nothing at all when it gave none
 * (", International" after every such name read as noise, and as a claim nobody made).
 */
export function countryLabel(entry: Pick<ListEntry, 'country'>, language = 'en'): string | null {
  return entry.country ? countryName(entry.country, language) : null;
}

/**
 * The heading an entry falls under in the grouped format: entries without a country still
 * need one there, and for an organization that means international.
 */
export function groupHeading(entry: Pick<ListEntry, 'kind' | 'country'>, language = 'en'): string {
  return countryLabel(entry, language) ?? (entry.kind === 'organization' ? INTERNATIONAL_LABEL : NO_COUNTRY_LABEL);
}

/**
 * One line of the list in the campaign's format (SPEC §5):
 * `Name (ACRONYM), Country`, `Name — Country`, or, grouped under country headings, the
 * line without its country. Individuals read `Name — title, Country`.
 */
export function formatEntry(entry: ListEntry, format: ListFormat, language = 'en'): string {
  const grouped = format === 'grouped_by_country';
  const country = grouped ? null : countryLabel(entry, language);
  if (entry.kind === 'individual') {
    const after = [entry.title, country].filter(Boolean).join(', ');
    return after ? `${entry.name} — ${after}` : entry.name;
  }
  if (format === 'name_dash_country') return country ? `${entry.name} — ${country}` : entry.name;
  const named = entry.acronym ? `${entry.name} (${entry.acronym})` : entry.name;
  return country ? `${named}, ${country}` : named;
}


/**
 * Splits entries that are already in list order into the two kinds and, in the grouped
 * format, under country headings (sorted by country name; international and unknown last).
 * Order inside every heading is kept.
 */
export function groupEntries<T extends ListEntry>(entries: readonly T[], format: ListFormat, language = 'en') {
  const kinds = (['organization', 'individual'] as const)
    .map((kind) => ({ kind, entries: entries.filter((e) => e.kind === kind) }))
    .filter((g) => g.entries.length > 0);
  if (format !== 'grouped_by_country') return kinds.map((g) => ({ ...g, countries: null }));
  const collator = collatorFor(language);
  return kinds.map((g) => {
    const byHeading = new Map<string, { heading: string; known: boolean; entries: T[] }>();
    for (const e of g.entries) {
      const heading = groupHeading(e, language);
      const key = e.country ?? '';
      const group = byHeading.get(key) ?? { heading, known: Boolean(e.country), entries: [] };
      group.entries.push(e);
      byHeading.set(key, group);
    }
    const countries = [...byHeading.values()].sort(
      (a, b) => Number(b.known) - Number(a.known) || collator.compare(a.heading, b.heading),
    );
    return { ...g, countries: countries.map(({ heading, entries: es }) => ({ heading, entries: es })) };
  });
}

export const kindHeading: Record<ListEntry['kind'], string> = {
  organization: 'Organizations',
  individual: 'Individuals',
};

/** Orders country codes by their names in the letter's language, as grouped headings appear. */
export function sortCountryCodes(codes: readonly (string | null)[], language = 'en'): (string | null)[] {
  const collator = collatorFor(language);
  return [...codes].sort((a, b) => {
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    return collator.compare(countryName(a, language) ?? a, countryName(b, language) ?? b);
  });
}
