export type Counts = { organizations: number; individuals: number; countries: number };

function plural(n: number, one: string, many: string, locale = 'en'): string {
  const form = new Intl.PluralRules(locale).select(n) === 'one' ? one : many;
  return `${new Intl.NumberFormat(locale).format(n)} ${form}`;
}

/**
 * "52 organizations and 10 individuals from 23 countries" — computed, never typed (SPEC §5).
 * Kinds with no entries are left out; with no entries at all it says so.
 */
export function summarySentence({ organizations, individuals, countries }: Counts): string {
  const parts: string[] = [];
  if (organizations > 0) parts.push(plural(organizations, 'organization', 'organizations'));
  if (individuals > 0) parts.push(plural(individuals, 'individual', 'individuals'));
  if (parts.length === 0) return 'No signatories yet';
  const who = parts.join(' and ');
  return countries > 0 ? `${who} from ${plural(countries, 'country', 'countries')}` : who;
}
