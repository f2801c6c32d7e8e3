import { cleanText } from '../sign-ons/normalize';
import { markDuplicates } from './duplicates';
import { applyCountry, blank, finish, guessKind, parseIndividual, parseLine, addTitleText, type Fields, type Place } from './fields';
import { headingOf } from './headings';
import { readBlock, type Layout, type PlaceLine, type Segment, type SourceLine } from './layout';
import { fieldsFromColumns, headerOf, isRule, kindOfHeader, parseGuessedRow, parseMappedRow, roleOf, splitRow, type ColumnRole } from './tables';
import { LINE_LIMIT, NAME_LIMIT, hasWord, sanitize, stripMarkers } from './text';
import { importFlags, type EntryKind, type ImportFlag, type ParsedEntry } from './types';

export { importFlags, markDuplicates };
export type { EntryKind, ImportFlag, ParsedEntry, Layout };
export { markExistingDuplicates, type ExistingSignOn } from './duplicates';
export { columnRoles, guessColumnRoles, type ColumnRole } from './tables';
export { layouts } from './layout';

export type ParseOptions = {
  defaultKind?: EntryKind;
  /** The reading chosen for a section in doubt, by the number of its first line (see `readings`). */
  layouts?: Readonly<Record<number, Layout>>;
};

export type SkipReason = 'heading' | 'country heading' | 'table header' | 'rule' | 'no words' | 'empty cell';
export type SkippedLine = { lineNumber: number; text: string; reason: SkipReason };

/** A section that reads two ways: how it was read, the other way, and what each gives. */
export type Reading = {
  line: number;
  lastLine: number;
  layout: Layout;
  alternative: Layout;
  counts: Record<Layout, { organizations: number; individuals: number }>;
};

export type ParsedDocument = {
  entries: ParsedEntry[];
  /** The line numbers each entry was read from, in the order of `entries`. */
  sources: number[][];
  /** Non-empty lines that are in no entry, and why. */
  skipped: SkippedLine[];
  readings: Reading[];
};

// ---------------------------------------------------------------------------
// Tokens: one per pasted line
// ---------------------------------------------------------------------------

type Token =
  | { type: 'line'; line: SourceLine }
  | { type: 'blank' }
  | { type: 'heading'; kind: EntryKind | null; line: SourceLine }
  /** Skipped; `breaks` when it also ends a block, as a blank line does. */
  | { type: 'skip'; line: SourceLine; reason: SkipReason; breaks: boolean };

function tokenOf(rawLine: string, index: number): Token {
  if (!rawLine.trim()) return { type: 'blank' };
  const raw = sanitize(rawLine);
  const line: SourceLine = { raw: rawLine.trimEnd(), text: cleanText(stripMarkers(raw)), lineNumber: index + 1, cells: null, emptyCell: false, rowStart: false };
  const row = splitRow(raw);
  if (row && row.cells.length > 1) {
    // A table's rule row (|---|---|) is part of the table, not a break in it.
    if (isRule(row.cells)) return { type: 'skip', line, reason: 'rule', breaks: false };
    if (!row.cells.some(hasWord)) return { type: 'skip', line, reason: 'no words', breaks: true };
    return { type: 'line', line: { ...line, cells: row.cells } };
  }
  if (row && raw.includes('|')) {
    // One cell of a row split across lines: "Name |", "| Kenya |", or "|" for a cell left empty.
    const cell = cleanText(stripMarkers(row.cells[0] ?? ''));
    if (!hasWord(cell)) return cell ? { type: 'skip', line, reason: 'no words', breaks: true } : { type: 'line', line: { ...line, text: '', emptyCell: true } };
    if (roleOf(cell) && roleOf(cell) !== 'ignore') return { type: 'skip', line, reason: 'table header', breaks: false };
    return textToken({ ...line, text: cell, rowStart: !raw.trim().startsWith('|') });
  }
  if (row) return { type: 'line', line: { ...line, cells: row.cells } };
  if (!hasWord(line.text)) return { type: 'skip', line, reason: 'no words', breaks: true };
  return textToken(line);
}

function textToken(line: SourceLine): Token {
  const heading = headingOf(line.text);
  return heading ? { type: 'heading', kind: heading.kind, line } : { type: 'line', line };
}

// ---------------------------------------------------------------------------
// The reader: a reducer over the tokens
// ---------------------------------------------------------------------------

type Draft = Fields & { lines: SourceLine[]; text: string; fromHeading: boolean; ownPlace: boolean };

/** Everything that decides how the next line is read. */
type ReaderState = {
  kind: EntryKind;
  /** No heading has said which kind follows: guess from each line's shape. */
  guess: boolean;
  /** The header of the table being read. */
  columns: ColumnRole[] | null;
  /** A country heading ("Kenya:") over the entries below it. */
  groupCountry: { place: Place; used: boolean } | null;
  /** Index of the section's first entry: a website or a country line never reaches above it. */
  sectionStart: number;
  /** Lines since the last blank line or heading. */
  block: readonly SourceLine[];
  /** The section's blocks that read two ways, gathered into one choice. */
  doubt: Reading | null;
};

/** What the reader has produced; it only grows, so it is kept outside the state. */
type Output = { drafts: Draft[]; skipped: SkippedLine[]; readings: Reading[] };

function reduce(state: ReaderState, token: Token | { type: 'end' }, out: Output, options: ParseOptions): ReaderState {
  switch (token.type) {
    case 'line':
      return { ...state, block: [...state.block, token.line] };
    case 'skip': {
      skip(out, token.line, token.reason);
      return token.breaks ? endBlock(flush(state, out, options)) : state;
    }
    case 'blank':
      return endBlock(flush(state, out, options));
    case 'heading': {
      const s = flush(state, out, options);
      skip(out, token.line, 'heading');
      return {
        ...s,
        kind: token.kind ?? s.kind,
        guess: token.kind ? false : s.guess,
        columns: null,
        groupCountry: null,
        sectionStart: out.drafts.length,
        doubt: null,
      };
    }
    case 'end':
      return flush(state, out, options);
  }
}

function endBlock(state: ReaderState): ReaderState {
  return { ...state, columns: null, groupCountry: state.groupCountry?.used ? null : state.groupCountry };
}

const skip = (out: Output, line: SourceLine, reason: SkipReason) => out.skipped.push({ lineNumber: line.lineNumber, text: line.raw, reason });

/** Reads the block gathered so far, in the layout its lines show. */
function flush(state: ReaderState, out: Output, options: ParseOptions): ReaderState {
  if (state.block.length === 0) return state;
  const block = state.block;
  const doubtKey = state.doubt?.line ?? block[0]!.lineNumber;
  const reading = readBlock(block, { kind: state.kind, guess: state.guess, override: options.layouts?.[doubtKey] });
  let s: ReaderState = { ...state, block: [] };
  if (reading.doubtful && reading.counts) s = { ...s, doubt: noteDoubt(s.doubt, block, reading.layout as Layout, reading.counts, out) };
  return reading.segments.reduce((st, segment) => readSegment(st, segment, out), s);
}

function noteDoubt(doubt: Reading | null, block: readonly SourceLine[], layout: Layout, counts: Reading['counts'], out: Output): Reading {
  const lastLine = block[block.length - 1]!.lineNumber;
  if (doubt) {
    doubt.lastLine = lastLine;
    for (const l of ['people', 'lines'] as const) {
      doubt.counts[l].organizations += counts[l].organizations;
      doubt.counts[l].individuals += counts[l].individuals;
    }
    return doubt;
  }
  const reading: Reading = { line: block[0]!.lineNumber, lastLine, layout, alternative: layout === 'people' ? 'lines' : 'people', counts };
  out.readings.push(reading);
  return reading;
}

function readSegment(state: ReaderState, segment: Segment, out: Output): ReaderState {
  const s = segment.type === 'row' ? state : { ...state, columns: null };
  switch (segment.type) {
    case 'row':
      return readRow(s, segment.line, out);
    case 'url': {
      // A website or address under a name belongs to that entry; it is not imported.
      const previous = out.drafts.length > s.sectionStart ? out.drafts[out.drafts.length - 1] : undefined;
      if (previous) previous.lines.push(segment.line);
      else push(s, out, parseLine(segment.line.text, s.kind), [segment.line]);
      return s;
    }
    case 'empty':
      skip(out, segment.line, 'empty cell');
      return s;
    case 'place':
      return readPlace(s, segment, out);
    case 'single':
      return readSingle(s, segment.line, segment.place, out);
    case 'person': {
      const f = parseIndividual(segment.head.text);
      for (const tail of segment.tails) addTitleText(f, tail.text);
      if (segment.place) givePlace(f, segment.place, segment.head.text);
      const lines = [segment.head, ...segment.tails, ...(segment.place ? [segment.place.line] : [])];
      return push(s, out, f, lines, !!segment.place);
    }
  }
}

function readSingle(state: ReaderState, line: SourceLine, place: PlaceLine | null, out: Output): ReaderState {
  const lines = place ? [line, place.line] : [line];
  if (line.text.length > LINE_LIMIT) {
    const f = blank(state.kind);
    f.name = line.text.slice(0, NAME_LIMIT);
    f.flags.add('line_not_understood');
    return push(state, out, f, lines);
  }
  const kind = state.guess ? guessKind(line.text, state.kind) : state.kind;
  const f = parseLine(line.text, kind);
  if (place) givePlace(f, place, line.text);
  return push(state, out, f, lines, !!place);
}

/** A place line: the country of the entry above, or a heading over the entries below. */
function readPlace(state: ReaderState, segment: Extract<Segment, { type: 'place' }>, out: Output): ReaderState {
  const { place } = segment;
  const previous = out.drafts.length > state.sectionStart ? out.drafts[out.drafts.length - 1] : undefined;
  if (!segment.heading && previous && !previous.ownPlace && !previous.fromHeading) {
    givePlace(previous, place, previous.text);
    previous.lines.push(place.line);
    previous.ownPlace = true;
    return state;
  }
  if (!place.place || place.place.unknown) {
    // Only a country can head a group; an unknown place is read as a line of its own.
    return readSingle(state, place.line, null, out);
  }
  skip(out, place.line, 'country heading');
  return { ...state, groupCountry: { place: place.place, used: false } };
}

/**
 * A country line given to the entry it follows. A country the entry's own line named
 * already must agree with it; if not, the line is kept whole and flagged. A place without a
 * code stays in the name, flagged, never taken for "international".
 */
function givePlace(f: Fields, line: PlaceLine, text: string) {
  const { place } = line;
  if (line.empty) {
    if (!f.countryGiven) applyCountry(f, { code: null, regionMapped: false });
    return;
  }
  if (!place) {
    f.name = `${f.name}, ${line.line.text}`;
    f.flags.add('country_not_recognised');
    f.countryGiven = true;
    return;
  }
  if (f.countryGiven && f.country !== place.code) {
    if (place.unknown) return;
    if (f.kind === 'organization') {
      f.name = text;
      f.acronym = null;
    }
    f.flags.add('line_not_understood');
  }
  f.flags.delete('region_mapped');
  applyCountry(f, place);
}

function readRow(state: ReaderState, line: SourceLine, out: Output): ReaderState {
  const cells = line.cells!;
  const header = headerOf(cells);
  if (header) {
    skip(out, line, 'table header');
    return { ...state, columns: header, kind: kindOfHeader(cells, header) ?? state.kind };
  }
  const stripped = cells.map((c) => stripMarkers(c));
  const mapped = state.columns ? parseMappedRow(stripped, state.columns, state.kind) : 'misaligned';
  const f = mapped === 'misaligned' ? parseGuessedRow(stripped, state.kind, state.guess) : mapped;
  if (f) return push(state, out, f, [line]);
  skip(out, line, 'no words');
  return state;
}

function push(state: ReaderState, out: Output, f: Fields, lines: SourceLine[], ownPlace = false): ReaderState {
  const fromHeading = !f.countryGiven && state.groupCountry !== null;
  if (fromHeading && state.groupCountry) {
    applyCountry(f, state.groupCountry.place);
    f.countryGiven = false;
    state.groupCountry.used = true;
  }
  out.drafts.push({ ...f, lines, text: lines[0]!.text, fromHeading, ownPlace });
  return state;
}

// ---------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------

/**
 * Reads a signatory list as letters print it into entries to preview: one entry per line
 * with separators, tables (whole or split across lines), names with their country on the
 * next line, people with their titles below their names, headings that switch between
 * organizations and individuals. Each block's layout is chosen from the shape of all its
 * lines; a block that reads two ways is read the likelier way and listed in `readings`.
 * Never throws; what it cannot read is kept and flagged, and every other non-empty line is
 * listed in `skipped`.
 */
export function parseSignatoryDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const input = typeof text === 'string' ? text : '';
  const tokens = input.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).map(tokenOf);
  const out: Output = { drafts: [], skipped: [], readings: [] };
  const initial: ReaderState = {
    kind: options.defaultKind ?? 'organization',
    guess: true,
    columns: null,
    groupCountry: null,
    sectionStart: 0,
    block: [],
    doubt: null,
  };
  const end = tokens.reduce((state, token) => reduce(state, token, out, options), initial);
  reduce(end, { type: 'end' }, out, options);

  const kept = out.drafts.map(toEntry).filter((e): e is { entry: ParsedEntry; lines: number[] } => e !== null);
  out.skipped.sort((a, b) => a.lineNumber - b.lineNumber);
  return { entries: markDuplicates(kept.map((k) => k.entry)), sources: kept.map((k) => k.lines), skipped: out.skipped, readings: out.readings };
}

/** The entries of `parseSignatoryDocument`, for callers that need nothing else. */
export function parseSignatoryList(text: string, options: ParseOptions = {}): ParsedEntry[] {
  return parseSignatoryDocument(text, options).entries;
}

function toEntry(d: Draft): { entry: ParsedEntry; lines: number[] } {
  const done = finish(d);
  if (!hasWord(done.name)) {
    // Nothing left of the name (a line of only an acronym, say): keep the line itself, flagged.
    done.name = cleanText(d.lines.map((l) => l.text).join(' ')).slice(0, 1000) || d.lines[0]!.raw.slice(0, 1000);
    done.flags.add('line_not_understood');
  }
  return { entry: entryOf(done, d.lines.map((l) => l.raw).join('\n'), d.lines[0]!.lineNumber), lines: d.lines.map((l) => l.lineNumber) };
}

function entryOf(f: Fields, line: string, lineNumber: number): ParsedEntry {
  return {
    kind: f.kind,
    name: f.name,
    acronym: f.acronym,
    title: f.title,
    country: f.country,
    flags: importFlags.filter((flag) => f.flags.has(flag)),
    line,
    lineNumber,
    duplicateOf: null,
  };
}

/**
 * An entry read again as the other kind, from its original line, when a coordinator says
 * "these are individuals" (or organizations): "Jane Doe, Lawyer" as an organization kept the
 * whole line as its name; as an individual it has a name and a title. An entry the
 * coordinator has edited keeps the edits and changes only its kind.
 */
export function rereadAs(entry: ParsedEntry, kind: EntryKind): ParsedEntry {
  if (entry.kind === kind) return entry;
  const asParsed = readEntryLine(entry.line, entry.kind);
  const edited =
    !asParsed ||
    asParsed.name !== entry.name ||
    asParsed.title !== entry.title ||
    asParsed.acronym !== entry.acronym ||
    asParsed.country !== entry.country;
  const reread = edited ? null : readEntryLine(entry.line, kind);
  if (!reread) return { ...entry, kind, acronym: kind === 'individual' ? null : entry.acronym };
  const keep: ImportFlag[] = entry.flags.filter((f) => f === 'duplicate_in_paste' || f === 'duplicate_existing');
  return { ...entry, ...reread, kind, flags: importFlags.filter((f) => keep.includes(f) || reread.flags.includes(f)) };
}

/** The entry's lines read as one entry of the kind given, or null when they are not one. */
function readEntryLine(line: string, kind: EntryKind): Pick<ParsedEntry, 'name' | 'title' | 'acronym' | 'country' | 'flags'> | null {
  const texts = line.split('\n').filter((l) => l.trim());
  let entry: ParsedEntry | undefined;
  if (texts.length === 1) {
    entry = entryOf(finish(parseLine(cleanText(stripMarkers(sanitize(texts[0]!))), kind)), line, 1);
  } else {
    const { entries } = parseSignatoryDocument(line, { defaultKind: kind });
    if (entries.length === 1 && entries[0]!.kind === kind) entry = entries[0];
  }
  if (!entry || !hasWord(entry.name)) return null;
  return { name: entry.name, title: entry.title, acronym: entry.acronym, country: entry.country, flags: entry.flags };
}

export type TableRow = { cells: string[]; line: string; lineNumber: number };

/**
 * Entries from rows whose columns a coordinator mapped (a CSV upload): the same cleaning,
 * country matching and flags as pasted text.
 */
export function entriesFromTable(rows: readonly TableRow[], roles: readonly ColumnRole[], options: ParseOptions = {}): ParsedEntry[] {
  const kind = options.defaultKind ?? 'organization';
  const entries: ParsedEntry[] = [];
  for (const row of rows) {
    const f = fieldsFromColumns(
      row.cells.map((c) => (typeof c === 'string' ? sanitize(c) : '')),
      roles,
      kind,
    );
    if (!f) continue;
    const done = finish(f);
    if (!hasWord(done.name)) continue;
    entries.push(entryOf(done, row.line, row.lineNumber));
  }
  return markDuplicates(entries);
}
