import { z } from 'zod';
import { isCountryCode } from '../lists/countries';
import { cleanText } from '../sign-ons/normalize';
import { editEntry, markDuplicates, markExistingDuplicates, type EntryEdit, type ExistingSignOn } from './duplicates';
import { columnRoles, layouts, parseSignatoryDocument, rereadAs, type ColumnRole, type Layout, type Reading } from './parse';
import { importEntrySchema, MAX_IMPORT_ENTRIES } from './schemas';
import { summarizeAfterImport } from './summary';
import { importFlags, type EntryKind, type ImportFlag, type ParsedEntry } from './types';

/**
 * The coordinator's import screen carries its state in the form itself (so it works without
 * JavaScript): the entries as last previewed in one hidden JSON field, and beside them the
 * visible per-row inputs (kind, name, acronym, title, country, exclude, keep both). Everything
 * here is re-validated on every submission; none of it decides who may import where (the
 * commands check the coordinator's role on the campaign).
 */

/** Largest upload or paste read: far beyond any real signatory list. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;
const MAX_STATE_CHARS = 4 * 1024 * 1024;

export const entryKinds = ['organization', 'individual'] as const;

/** The country select's value for a place not recognised and not yet decided. */
export const UNDECIDED = '?';

export const previewFilters = ['all', 'flagged'] as const;
export type PreviewFilter = (typeof previewFilters)[number];

/** One entry as it travels in the hidden field: what the parser made of it, edits applied. */
const stateEntrySchema = z.object({
  kind: z.enum(entryKinds),
  // Looser than the import's limits: a line the parser did not understand may be long, and
  // the preview must still show it so the coordinator can shorten it.
  name: z.string().max(2000),
  acronym: z.string().max(200).nullable(),
  title: z.string().max(2000).nullable(),
  country: z
    .string()
    .nullable()
    .refine((c) => c === null || isCountryCode(c), 'Unknown country code.'),
  flags: z.array(z.enum(importFlags)).max(importFlags.length),
  line: z.string().max(10_000),
  lineNumber: z.number().int().min(0).max(10_000_000),
});

const jsonArray = z
  .string()
  .max(MAX_STATE_CHARS)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'The preview could not be read. Please start again.' });
      return z.NEVER;
    }
  })
  .pipe(z.array(stateEntrySchema).min(1, 'Nothing to import.').max(MAX_IMPORT_ENTRIES, `At most ${MAX_IMPORT_ENTRIES} entries at once.`));

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on');

/** A row's visible inputs; an absent input leaves the entry as it was. */
const rowInputSchema = z.object({
  kind: z.enum(entryKinds).optional(),
  name: z.string().max(2000).optional(),
  acronym: z.string().max(200).optional(),
  title: z.string().max(2000).optional(),
  // '' = no country (international); '?' = not decided yet, the entry stays flagged.
  country: z
    .string()
    .max(2)
    .optional()
    .refine((c) => !c || c === UNDECIDED || isCountryCode(c), 'Choose a country from the list.'),
  exclude: checkbox,
  keep: checkbox,
  /** Chosen for a bulk action ("these are individuals"). */
  selected: checkbox,
});
export type RowInput = z.output<typeof rowInputSchema>;

const campaignId = z.uuid({ error: 'Unknown campaign.' });

/** The readings chosen for sections in doubt, by first line: `{"12":"lines"}`. */
const layoutChoices = z
  .string()
  .max(10_000)
  .default('{}')
  .transform((text) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return {};
    }
  })
  .pipe(z.record(z.string().regex(/^\d{1,8}$/), z.enum(layouts)).catch({}));
const defaultKind = z.enum(entryKinds).catch('organization');

const previewRowsSchema = z
  .object({
    campaignId,
    // "edit-3": show entry 3's full country list (kept short otherwise, so long lists stay light).
    intent: z.union([
      z.enum(['refresh', 'import', 'show-flagged', 'show-all', 'kind-individual', 'kind-organization']),
      z.templateLiteral(['edit-', z.number().int().min(0).max(99_999)]),
      // "reading-12-lines": read the section starting on line 12 one entry per line.
      z.templateLiteral(['reading-', z.number().int().min(1).max(10_000_000), '-', z.enum(layouts)]),
    ]),
    state: jsonArray,
    rows: z.record(z.string().regex(/^\d{1,5}$/), rowInputSchema).default({}),
    /** The pasted text, so a section in doubt can be read again the other way ('' for a CSV). */
    source: z.string().max(MAX_UPLOAD_BYTES).default(''),
    layouts: layoutChoices,
    defaultKind,
    filter: z.enum(previewFilters).catch('all'),
  })
  .superRefine((v, ctx) => {
    for (const key of Object.keys(v.rows)) {
      if (Number(key) >= v.state.length) ctx.addIssue({ code: 'custom', message: 'The preview could not be read. Please start again.' });
    }
    if (v.intent.startsWith('edit-') && Number(v.intent.slice(5)) >= v.state.length) {
      ctx.addIssue({ code: 'custom', message: 'The preview could not be read. Please start again.' });
    }
  });

const parseStepSchema = z.object({
  campaignId,
  intent: z.literal('parse'),
  text: z.string().max(MAX_UPLOAD_BYTES, 'The pasted text is longer than 1 MB. Split it into several imports.').default(''),
  file: z
    .instanceof(File)
    .optional()
    // Browsers send an empty file when none was chosen (and an empty file holds no list).
    .transform((f) => (f && f.size > 0 ? f : undefined))
    .refine((f) => !f || f.size <= MAX_UPLOAD_BYTES, 'This file is larger than 1 MB. Split it into several files.'),
  defaultKind,
});

const mapStepSchema = z.object({
  campaignId,
  intent: z.literal('map'),
  csv: z.string().min(1).max(MAX_UPLOAD_BYTES + 1024),
  fileName: z.string().max(300).default(''),
  columns: z.array(z.enum(columnRoles)).max(200),
  defaultKind,
});

/** Form fields named `rows.3.country` and `columns.2` become nested values. */
function groupFields(input: unknown): unknown {
  if (!input || typeof input !== 'object') return input;
  const out: Record<string, unknown> = {};
  const rows: Record<string, Record<string, unknown>> = {};
  const columns: unknown[] = [];
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const row = /^rows\.(\d{1,5})\.([a-z]+)$/.exec(key);
    const column = /^columns\.(\d{1,3})$/.exec(key);
    if (row) (rows[row[1]!] ??= {})[row[2]!] = value;
    else if (column) columns[Number(column[1])] = value;
    else out[key] = value;
  }
  if (Object.keys(rows).length > 0) out.rows = rows;
  if (columns.length > 0) out.columns = Array.from(columns, (c) => c ?? 'ignore');
  return out;
}

/** Every submission of the import screen, by step. */
export const importFormSchema = z.preprocess(groupFields, z.union([parseStepSchema, mapStepSchema, previewRowsSchema]));
export type ImportFormInput = z.output<typeof importFormSchema>;

// ---------------------------------------------------------------------------
// The preview
// ---------------------------------------------------------------------------

export type PreviewRow = ParsedEntry & { excluded: boolean; keep: boolean };

const orNull = (text: string) => cleanText(text) || null;

/**
 * The entries as the form shows them now: each row's inputs that differ from the entry
 * become an edit (`editEntry`, which drops the review flags the edit answers), and the
 * exclude / keep-both / selected choices are read. A kind changed on a row the coordinator
 * has not otherwise touched reads its line again as that kind.
 */
export function applyRowInputs(
  entries: readonly z.output<typeof stateEntrySchema>[],
  rows: Record<string, Omit<RowInput, 'selected'> & { selected?: boolean }>,
): { entries: ParsedEntry[]; excluded: Set<number>; keep: Set<number>; selected: Set<number> } {
  let next: ParsedEntry[] = entries.map((e) => ({ ...e, duplicateOf: null }));
  const excluded = new Set<number>();
  const keep = new Set<number>();
  const selected = new Set<number>();
  for (const [key, input] of Object.entries(rows)) {
    const i = Number(key);
    if (input.exclude) excluded.add(i);
    if (input.keep) keep.add(i);
    if (input.selected) selected.add(i);
    const edit = rowEdit(next[i]!, input);
    if (input.kind !== undefined && input.kind !== next[i]!.kind) {
      next = next.map((e, j) => (j === i ? (Object.keys(edit).length > 0 ? { ...e, kind: input.kind! } : rereadAs(e, input.kind!)) : e));
    }
    if (Object.keys(edit).length > 0) next = editEntry(next, i, edit);
  }
  return { entries: next, excluded, keep, selected };
}

/** What a row's inputs change, the kind aside. */
function rowEdit(entry: ParsedEntry, input: Omit<RowInput, 'selected'>): EntryEdit {
  const edit: EntryEdit = {};
  if (input.name !== undefined && cleanText(input.name) !== entry.name) edit.name = cleanText(input.name);
  if (input.acronym !== undefined && orNull(input.acronym) !== entry.acronym) edit.acronym = orNull(input.acronym);
  if (input.title !== undefined && orNull(input.title) !== entry.title) edit.title = orNull(input.title);
  if (input.country !== undefined && input.country !== UNDECIDED) {
    const country = input.country || null;
    // Choosing "no country" for a place nobody recognised is a decision too.
    if (country !== entry.country || (country === null && entry.flags.includes('country_not_recognised'))) edit.country = country;
  }
  return edit;
}

/** "These are individuals": the selected rows become that kind, each line read again. */
export function setKind(entries: readonly ParsedEntry[], selected: ReadonlySet<number>, kind: EntryKind): ParsedEntry[] {
  return markDuplicates(entries.map((e, i) => (selected.has(i) ? rereadAs(e, kind) : e)));
}

/** How many rows (not excluded) carry each flag, most common first. */
export function flagCounts(rows: readonly PreviewRow[]): { flag: ImportFlag; count: number }[] {
  return importFlags
    .map((flag) => ({ flag, count: rows.filter((r) => !r.excluded && r.flags.includes(flag)).length }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** The sections of the pasted text that read two ways, as now read. */
export function readingsOf(source: string, options: { defaultKind: EntryKind; layouts: Record<string, Layout> }): Reading[] {
  if (!source) return [];
  return parseSignatoryDocument(source, { defaultKind: options.defaultKind, layouts: numberKeys(options.layouts) }).readings;
}

export const numberKeys = (layouts: Record<string, Layout>): Record<number, Layout> =>
  Object.fromEntries(Object.entries(layouts).map(([k, v]) => [Number(k), v]));

/**
 * Flags duplicates again: within the paste among the rows still included (so excluding the
 * first of two makes the second count), and against the campaign's sign-ons.
 */
export function markPreview(
  entries: readonly ParsedEntry[],
  { excluded, keep, existing }: { excluded: ReadonlySet<number>; keep: ReadonlySet<number>; existing: readonly ExistingSignOn[] },
): PreviewRow[] {
  const clean: ParsedEntry[] = entries.map((e) => ({
    ...e,
    flags: e.flags.filter((f) => f !== 'duplicate_in_paste' && f !== 'duplicate_existing'),
    duplicateOf: null,
  }));
  const included = clean.map((_, i) => i).filter((i) => !excluded.has(i));
  const marked = markDuplicates(included.map((i) => clean[i]!));
  const withPaste = [...clean];
  marked.forEach((entry, k) => {
    withPaste[included[k]!] = { ...entry, duplicateOf: entry.duplicateOf === null ? null : included[entry.duplicateOf]! };
  });
  return markExistingDuplicates(withPaste, existing).map((e, i) => ({ ...e, excluded: excluded.has(i), keep: keep.has(i) }));
}

/** What "Import" writes: included rows, in-paste duplicates only when kept. */
export function rowsToImport(rows: readonly PreviewRow[]): { index: number; row: PreviewRow }[] {
  return rows
    .map((row, index) => ({ index, row }))
    .filter(({ row }) => !row.excluded && (!row.flags.includes('duplicate_in_paste') || row.keep));
}

/** The public summary sentence once the chosen rows are imported (SPEC §5). */
export function sentenceAfterImport(approved: readonly { kind: EntryKind; country: string | null }[], rows: readonly PreviewRow[]): string {
  const chosen = rowsToImport(rows).map(({ row }) => ({ kind: row.kind, country: row.country, flags: [] }));
  return summarizeAfterImport(approved, chosen).sentence;
}

/**
 * The chosen rows checked against the import's limits (SPEC §4). Problems come back by row
 * index, so the preview can show them beside the row instead of starting over.
 */
export function validateRowsToImport(rows: readonly PreviewRow[]):
  | { ok: true; entries: z.output<typeof importEntrySchema>[] }
  | { ok: false; rowErrors: Record<number, string[]> } {
  const chosen = rowsToImport(rows);
  const rowErrors: Record<number, string[]> = {};
  const entries: z.output<typeof importEntrySchema>[] = [];
  for (const { index, row } of chosen) {
    const parsed = importEntrySchema.safeParse({ kind: row.kind, name: row.name, acronym: row.acronym, title: row.title, country: row.country, line: row.line });
    if (parsed.success) entries.push(parsed.data);
    else rowErrors[index] = parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'entry')}: ${issue.message}`);
  }
  if (Object.keys(rowErrors).length > 0) return { ok: false, rowErrors };
  if (entries.length === 0) return { ok: false, rowErrors: {} };
  return { ok: true, entries };
}

/** The hidden field's content for the next submission. */
export function previewState(rows: readonly ParsedEntry[]): string {
  return JSON.stringify(
    rows.map(({ kind, name, acronym, title, country, flags, line, lineNumber }) => ({ kind, name, acronym, title, country, flags, line, lineNumber })),
  );
}

export type { ColumnRole };

/**
 * Rows that show every country in their select: those still needing a country or a look.
 * Others offer their country and "none" plus a button for the full list, because 250
 * options on every row of a long list make the page too heavy to use.
 */
export const needsCountryChoice = (row: Pick<ParsedEntry, 'country' | 'flags'>) =>
  row.country === null || row.flags.some((f) => f === 'country_not_recognised' || f === 'region_mapped' || f === 'line_not_understood');

/** What the import screen shows after each submission. */
export type ImportScreen =
  | {
      step: 'mapping';
      csv: string;
      fileName: string;
      headers: string[];
      /** The first rows, so the coordinator sees what each column holds. */
      sample: string[][];
      columns: ColumnRole[];
      defaultKind: EntryKind;
    }
  | {
      step: 'preview';
      /** Changes with every preview, so the form's inputs start from the new values. */
      key: string;
      state: string;
      rows: PreviewRow[];
      sentence: string;
      importCount: number;
      rowErrors: Record<number, string[]>;
      /** Rows whose full country list was asked for. */
      expanded: number[];
      /** What the list was read from, for reading a section again ('' for a CSV). */
      source: string;
      defaultKind: EntryKind;
      /** The readings chosen for sections in doubt (JSON), and the sections themselves. */
      layouts: string;
      readings: Reading[];
      filter: PreviewFilter;
      flagCounts: { flag: ImportFlag; count: number }[];
    }
  | { step: 'imported'; batchId: string; count: number; sentence: string };
