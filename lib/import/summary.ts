import { summarySentence, type Counts } from '../lists/summary';
import type { ParsedEntry } from './types';

export type ImportSummary = Counts & { duplicates: number; sentence: string };

/**
 * Which entries an import would write: everything except in-paste duplicates, unless the
 * coordinator chose to keep a duplicate (by its index).
 */
export function entriesToImport<T extends Pick<ParsedEntry, 'flags'>>(
  entries: readonly T[],
  { keepDuplicates = new Set<number>() }: { keepDuplicates?: ReadonlySet<number> } = {},
): T[] {
  return entries.filter((e, i) => !e.flags.includes('duplicate_in_paste') || keepDuplicates.has(i));
}

/** The counts and summary sentence (SPEC §5) the import would produce, duplicates collapsed. */
export function summarizeImport(
  entries: readonly Pick<ParsedEntry, 'kind' | 'country' | 'flags'>[],
  options: { keepDuplicates?: ReadonlySet<number> } = {},
): ImportSummary {
  const kept = entriesToImport(entries, options);
  const counts: Counts = {
    organizations: kept.filter((e) => e.kind === 'organization').length,
    individuals: kept.filter((e) => e.kind === 'individual').length,
    countries: new Set(kept.map((e) => e.country).filter((c): c is string => !!c)).size,
  };
  return { ...counts, duplicates: entries.length - kept.length, sentence: summarySentence(counts) };
}

/**
 * The campaign's public summary once these entries are imported: its approved sign-ons plus
 * what the import writes, countries counted once across both (SPEC §5).
 */
export function summarizeAfterImport(
  approved: readonly Pick<ParsedEntry, 'kind' | 'country'>[],
  entries: readonly Pick<ParsedEntry, 'kind' | 'country' | 'flags'>[],
  options: { keepDuplicates?: ReadonlySet<number> } = {},
): Counts & { sentence: string } {
  const all = [...approved, ...entriesToImport(entries, options)];
  const counts: Counts = {
    organizations: all.filter((e) => e.kind === 'organization').length,
    individuals: all.filter((e) => e.kind === 'individual').length,
    countries: new Set(all.map((e) => e.country).filter((c): c is string => !!c)).size,
  };
  return { ...counts, sentence: summarySentence(counts) };
}
