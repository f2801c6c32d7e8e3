// The shapes of a parsed import, shared by the parser, the preview and the import itself.

export type EntryKind = 'organization' | 'individual';

export const importFlags = [
  'duplicate_in_paste',
  'duplicate_existing',
  'country_not_recognised',
  'line_not_understood',
  'region_mapped',
] as const;
export type ImportFlag = (typeof importFlags)[number];

export type ParsedEntry = {
  kind: EntryKind;
  name: string;
  acronym: string | null;
  /** Individuals' title / affiliation line. */
  title: string | null;
  /** ISO 3166-1 alpha-2, or null for international / not given. */
  country: string | null;
  flags: ImportFlag[];
  /** The original line, or lines joined by "\n" when an entry spans several. */
  line: string;
  /** 1-based number of the entry's first line in the pasted text. */
  lineNumber: number;
  /** Index of the earlier entry this one repeats (with the duplicate_in_paste flag). */
  duplicateOf: number | null;
};
