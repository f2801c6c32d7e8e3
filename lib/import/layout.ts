// How the lines of one block (the lines between two blank lines) belong together: one
// entry per line, a name with its country on the next line, or a person's name with title
// lines below it. The layout is chosen for the whole block from the shape of its lines.
import { isUnrecognisedPlace, looksLikePlace, matchCountry } from './countries';
import { guessKind, type Place } from './fields';
import { hasTitleWord, isPersonName, isPersonWithTitle } from './shapes';
import { LINE_LIMIT, firstSeparated, isUrlOrEmail, trailingParenthetical } from './text';
import type { EntryKind } from './types';

export type SourceLine = {
  /** The line as pasted (trailing spaces cut), kept with the entry. */
  raw: string;
  /** Cleaned text; for a one-cell table row, the cell's. */
  text: string;
  /** 1-based. */
  lineNumber: number;
  /** A table row's cells, when it has two or more. */
  cells: string[] | null;
  /** "|" or "| |": a table cell left empty on purpose. */
  emptyCell: boolean;
  /** "Name |": the first cell of a table row whose other cells follow on the next line. */
  rowStart: boolean;
};

/** The readings a coordinator can choose between for a block in doubt. */
export const layouts = ['people', 'lines'] as const;
export type Layout = (typeof layouts)[number];

/** A line that names only a place: a country, "International", "Unknown", or a place without a code. */
export type PlaceLine = { line: SourceLine; place: Place | null; colon: boolean; empty: boolean };

export type Segment =
  | { type: 'single'; line: SourceLine; place: PlaceLine | null }
  | { type: 'person'; head: SourceLine; tails: SourceLine[]; place: PlaceLine | null }
  | { type: 'row'; line: SourceLine }
  | { type: 'url'; line: SourceLine }
  | { type: 'empty'; line: SourceLine }
  /** `heading`: it opens the lines below (a country heading); otherwise it may be the country of the entry above. */
  | { type: 'place'; place: PlaceLine; heading: boolean };

type Shape = 'row' | 'empty' | 'url' | 'place' | 'person' | 'personLine' | 'title' | 'text';

export function placeLine(line: SourceLine): PlaceLine | null {
  if (line.emptyCell) return { line, place: { code: null, regionMapped: false }, colon: false, empty: true };
  const text = line.text;
  if (line.cells || text.length > 60) return null;
  const colon = /[:：]\s*$/u.test(text);
  const t = text.replace(/[:：]\s*$/u, '').trim();
  const match = matchCountry(t, { codes: 'none' });
  if (match) return { line, place: match, colon, empty: false };
  if (isUnrecognisedPlace(t)) return { line, place: null, colon, empty: false };
  return null;
}

function shapeOf(line: SourceLine): Shape {
  if (line.cells) return 'row';
  if (line.emptyCell) return 'empty';
  const text = line.text;
  if (text.length > LINE_LIMIT) return 'text';
  if (isUrlOrEmail(text)) return 'url';
  if (placeLine(line)) return 'place';
  if (isPersonName(text)) return 'person';
  if (isPersonWithTitle(text) || isPersonWithPlace(text)) return 'personLine';
  if (/^\p{Ll}/u.test(text) || hasTitleWord(text)) return 'title';
  return 'text';
}

/** "Ana Testcase, Brazil", "Ana Testcase (Brazil)": a person and where they are. */
function isPersonWithPlace(text: string): boolean {
  const split = firstSeparated(text) ?? trailingParenthetical(text);
  if (!split) return false;
  const [head, tail] = 'head' in split ? [split.head, split.tail] : [split.rest, split.inner];
  return isPersonName(head) && !!matchCountry(tail);
}

export type BlockContext = { kind: EntryKind; guess: boolean; override?: Layout };

export type BlockReading = {
  segments: Segment[];
  layout: Layout | 'pairs';
  /** Read as people, though each line could be an entry of its own. */
  doubtful: boolean;
  counts?: Record<Layout, { organizations: number; individuals: number }>;
};

/** The layout of a block, and its lines grouped into entries accordingly. */
export function readBlock(block: readonly SourceLine[], context: BlockContext): BlockReading {
  const shapes = block.map(shapeOf);
  const asLines = () => lineSegments(block, shapes);
  if (shapes.includes('row')) return { segments: asLines(), layout: 'lines', doubtful: false };
  const people = peopleSegments(block, shapes, context.kind === 'individual' && !context.guess);
  if (people && !(people.doubtful && context.override === 'lines')) {
    return { segments: people.segments, layout: 'people', doubtful: people.doubtful, counts: people.doubtful ? countBoth(people.segments, asLines(), context) : undefined };
  }
  if (people) return { segments: asLines(), layout: 'lines', doubtful: true, counts: countBoth(people.segments, asLines(), context) };
  const pairs = placePairs(block, shapes);
  if (pairs) return { segments: pairs, layout: 'pairs', doubtful: false };
  return { segments: asLines(), layout: 'lines', doubtful: false };
}

function countBoth(people: Segment[], lines: Segment[], context: BlockContext): BlockReading['counts'] {
  const count = (segments: Segment[]) => {
    const kinds = segments.flatMap((s) => {
      if (s.type === 'person') return ['individual'];
      if (s.type !== 'single') return [];
      return [context.guess ? guessKind(s.line.text, context.kind) : context.kind];
    });
    return { organizations: kinds.filter((k) => k === 'organization').length, individuals: kinds.filter((k) => k === 'individual').length };
  };
  return { people: count(people), lines: count(lines) };
}

/**
 * One entry per line. A place line right below an entry is that entry's country, unless the
 * block opened with a place, which makes every place in it a heading for the lines below.
 */
function lineSegments(block: readonly SourceLine[], shapes: readonly Shape[]): Segment[] {
  const headed = shapes[0] === 'place' && block.length > 1 && shapes[1] !== 'place';
  const segments: Segment[] = [];
  block.forEach((line, i) => {
    const previous = segments[segments.length - 1];
    const shape = shapes[i]!;
    if (shape === 'row') segments.push({ type: 'row', line });
    else if (shape === 'url') segments.push({ type: 'url', line });
    else if (shape === 'empty') {
      if (previous?.type === 'single' && previous.line.rowStart && !previous.place) previous.place = placeLine(line);
      else segments.push({ type: 'empty', line });
    } else if (shape === 'place') {
      const place = placeLine(line)!;
      const attach = !headed && !place.colon && (previous?.type === 'single' || previous?.type === 'person') && !previous.place;
      if (attach) previous.place = place;
      else segments.push({ type: 'place', place, heading: place.colon || block.length > 1 });
    } else segments.push({ type: 'single', line, place: null });
  });
  return segments;
}

const isHead = (shape: Shape) => shape === 'person' || shape === 'personLine';
const isTail = (shape: Shape) => shape === 'title' || shape === 'text';

/**
 * People, each a name line (perhaps with post-nominals or a title on it) followed by title
 * or affiliation lines and perhaps a country line. Under an "Individuals" heading any
 * non-name line after a name is its title. Elsewhere a person must show a title below the
 * name, and a block holding several people must show a role (not only an organization's
 * name) for each, or the block is a list of organizations after all.
 */
function peopleSegments(block: readonly SourceLine[], shapes: readonly Shape[], individuals: boolean): { segments: Segment[]; doubtful: boolean } | null {
  if (block.length > 400) return null;
  const pairs = individuals ? strictPairs(block, shapes) : null;
  const segments = pairs ?? greedyPeople(block, shapes);
  if (!segments) return null;
  if (individuals) return { segments, doubtful: false };
  const people = segments as Extract<Segment, { type: 'person' }>[];
  if (people.some((p) => p.tails.length === 0)) return null;
  const weak = people.filter((p) => !p.tails.some((t) => shapeOf(t) === 'title'));
  // Only a block of one bare name and an affiliation or two is in doubt; anything longer
  // without a role below each name is a list of organizations.
  if (weak.length > 0 && (people.length > 1 || block.length > 3 || shapeOf(people[0]!.head) !== 'person')) return null;
  return { segments, doubtful: weak.length > 0 };
}

function greedyPeople(block: readonly SourceLine[], shapes: readonly Shape[]): Segment[] | null {
  const segments: Segment[] = [];
  let i = 0;
  while (i < block.length) {
    if (!isHead(shapes[i]!)) return null;
    const person: Extract<Segment, { type: 'person' }> = { type: 'person', head: block[i]!, tails: [], place: null };
    i++;
    while (i < block.length && person.tails.length < 3 && isTail(shapes[i]!)) {
      person.tails.push(block[i]!);
      i++;
    }
    if (i < block.length && (shapes[i] === 'place' || shapes[i] === 'empty')) {
      const place = placeLine(block[i]!)!;
      if (place.colon) return null;
      person.place = place;
      i++;
    }
    segments.push(person);
  }
  return segments;
}

/** Name, title, name, title…: under an "Individuals" heading, even when a title looks like a name. */
function strictPairs(block: readonly SourceLine[], shapes: readonly Shape[]): Segment[] | null {
  if (block.length < 4 || block.length % 2 !== 0) return null;
  const segments: Segment[] = [];
  let tails = 0;
  for (let i = 0; i < block.length; i += 2) {
    if (shapes[i] !== 'person' || !['title', 'text', 'person'].includes(shapes[i + 1]!)) return null;
    if (shapes[i + 1] !== 'person') tails++;
    segments.push({ type: 'person', head: block[i]!, tails: [block[i + 1]!], place: null });
  }
  return tails * 2 >= segments.length ? segments : null;
}

/**
 * Name, country, name, country…: every second line a place, most of them known countries.
 * Read this way, a place nobody has a code for ("West Kordofan") is still that entry's place.
 */
function placePairs(block: readonly SourceLine[], shapes: readonly Shape[]): Segment[] | null {
  if (block.length < 4 || block.length % 2 !== 0) return null;
  const segments: Segment[] = [];
  let known = 0;
  for (let i = 0; i < block.length; i += 2) {
    const name = block[i]!;
    const place = block[i + 1]!;
    if (!['text', 'person', 'title', 'personLine'].includes(shapes[i]!)) return null;
    const read = placeLine(place);
    if (read) known++;
    else if (shapes[i + 1] === 'row' || !looksLikePlace(place.text)) return null;
    segments.push({ type: 'single', line: name, place: read ?? { line: place, place: null, colon: false, empty: false } });
  }
  return known * 2 >= segments.length ? segments : null;
}
