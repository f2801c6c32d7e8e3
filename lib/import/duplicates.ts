import { normalizeName } from '../sign-ons/normalize';
import { importFlags, type ParsedEntry } from './types';

/**
 * Two entries of one name are one signatory, except organizations that give different
 * countries: the national members of a network ("ExampleAid" of Kenya, of Uganda) share a
 * name once the country is read out of it. A person is one person wherever they are.
 */
const sameSignatory = (a: Located, b: Located) =>
  a.kind === 'individual' || b.kind === 'individual' || a.country === null || b.country === null || a.country === b.country;
type Located = { kind?: ParsedEntry['kind']; country: string | null };

/**
 * Flags the later of two entries with the same normalized name, or the same acronym and
 * country (SPEC §4 duplicate rules, applied within one paste).
 */
export function markDuplicates(entries: ParsedEntry[]): ParsedEntry[] {
  const byName = new Map<string, { index: number; kind: ParsedEntry['kind']; country: string | null }[]>();
  const byAcronym = new Map<string, number>();
  return entries.map((entry, index) => {
    const nameKey = normalizeName(entry.name);
    const acronymKey = entry.acronym ? `${entry.acronym.toLocaleUpperCase('en')}|${entry.country ?? ''}` : null;
    const named = nameKey ? (byName.get(nameKey) ?? []) : [];
    const earlier = named.find((e) => sameSignatory(e, entry))?.index ?? (acronymKey ? byAcronym.get(acronymKey) : undefined);
    if (nameKey) byName.set(nameKey, [...named, { index, kind: entry.kind, country: entry.country }]);
    if (acronymKey && !byAcronym.has(acronymKey)) byAcronym.set(acronymKey, index);
    const flags = entry.flags.filter((f) => f !== 'duplicate_in_paste');
    if (earlier === undefined) return { ...entry, flags, duplicateOf: null };
    return { ...entry, flags: importFlags.filter((f) => f === 'duplicate_in_paste' || flags.includes(f)), duplicateOf: earlier };
  });
}

export type ExistingSignOn = { normalizedName: string; acronym: string | null; country: string | null; kind?: ParsedEntry['kind'] };

/**
 * Flags entries that repeat a sign-on the campaign already has (same normalized name, or
 * same acronym and country), for the preview; the coordinator decides what to keep.
 */
export function markExistingDuplicates(entries: ParsedEntry[], existing: readonly ExistingSignOn[]): ParsedEntry[] {
  const names = new Map<string, Located[]>();
  for (const e of existing) names.set(e.normalizedName, [...(names.get(e.normalizedName) ?? []), e]);
  const acronyms = new Set(existing.filter((e) => e.acronym).map((e) => `${e.acronym!.toLocaleUpperCase('en')}|${e.country ?? ''}`));
  return entries.map((entry) => {
    const byName = (names.get(normalizeName(entry.name)) ?? []).some((e) => sameSignatory(e, entry));
    const byAcronym = !!entry.acronym && acronyms.has(`${entry.acronym.toLocaleUpperCase('en')}|${entry.country ?? ''}`);
    if (!byName && !byAcronym) return entry;
    return { ...entry, flags: importFlags.filter((f) => f === 'duplicate_existing' || entry.flags.includes(f)) };
  });
}

export type EntryEdit = Partial<Pick<ParsedEntry, 'kind' | 'name' | 'acronym' | 'title' | 'country'>>;

/**
 * A coordinator's correction in the preview (a country picked for a flagged entry, a name
 * fixed): the review flags it answers are dropped and duplicates are looked at again.
 */
export function editEntry(entries: readonly ParsedEntry[], index: number, edit: EntryEdit): ParsedEntry[] {
  const next = entries.map((entry, i) => {
    if (i !== index) return entry;
    const changed = { ...entry, ...edit };
    if (changed.kind === 'individual') changed.acronym = null;
    let flags = entry.flags;
    if ('country' in edit) flags = flags.filter((f) => f !== 'country_not_recognised' && f !== 'region_mapped');
    // The coordinator has read the line and said what it means.
    if ('name' in edit || 'title' in edit) flags = flags.filter((f) => f !== 'line_not_understood');
    return { ...changed, flags };
  });
  return markDuplicates(next);
}
