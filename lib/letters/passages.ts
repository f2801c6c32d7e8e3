import { diffArrays } from 'diff';
import type { DiffSegment } from './diff';
import { letterFieldNames, type LetterText } from './schemas';

/** One changed passage of a letter field: the change and a few words around it. */
export type ChangedPassage = { field: keyof LetterText; segments: DiffSegment[] };

/** Unchanged words kept on either side of a change. */
export const CONTEXT_WORDS = 8;
/** An email shows at most this many passages; the full comparison is a link away. */
export const MAX_PASSAGES = 12;

/**
 * Characters that bracket insertions and deletions inside Markdown while it is rendered. They
 * are Unicode punctuation, so `**` next to them still opens and closes emphasis, and no
 * letter ever contains them (they are removed from the text first).
 */
export const diffMarks = { addedOpen: '\u2E02', addedClose: '\u2E03', removedOpen: '\u2E04', removedClose: '\u2E05' } as const;
const anyMark = /[\u2E02-\u2E05]/g;

/** Only the body is Markdown; the other fields are shown as typed. */
export const isMarkdownField = (field: keyof LetterText) => field === 'body';

type Kind = 'space' | 'word' | 'open' | 'close' | 'block';
/** A token and the spaces after it, which are not compared: a change of spacing is no change. */
type Token = { kind: Kind; text: string; ws: string };
type Item = Token & { change?: 'added' | 'removed' };

const sticky = {
  space: /\s+/y,
  // A list item, heading or quote marker at the start of a line.
  block: /(?:#{1,6}|>|[-*+]|\d{1,9}[.)])(?=\s|$)/y,
  // Constructs that are diffed whole: a changed link target shows as a changed link.
  link: /!?\[[^\]\n]*\]\([^)\n]*\)/y,
  code: /(`+)[^`\n]*?\1/y,
  angle: /<[^\s<>]+>/y,
  delimiter: /[*_~]+/y,
  word: /[^\s*_~[`<!]+/y,
  nonSpace: /\S+/y,
};

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? null;
}

const atLineStart = (text: string, at: number) => /(^|\n)[ \t]*$/.test(text.slice(Math.max(0, at - 40), at));
const edge = (ch: string | undefined) => ch === undefined || /[\s\p{P}]/u.test(ch);

/** Emphasis delimiters open before a word and close after one; elsewhere they are text. */
function delimiterKind(text: string, at: number, run: string): Kind {
  const before = text[at - 1];
  const after = text[at + run.length];
  if (after !== undefined && !/\s/.test(after) && edge(before)) return 'open';
  if (before !== undefined && !/\s/.test(before) && edge(after)) return 'close';
  return 'word';
}

function markdownToken(text: string, at: number): { kind: Kind; text: string } {
  const block = atLineStart(text, at) ? matchAt(sticky.block, text, at) : null;
  if (block) return { kind: 'block', text: block };
  const atom = matchAt(sticky.link, text, at) ?? matchAt(sticky.code, text, at) ?? matchAt(sticky.angle, text, at);
  if (atom) return { kind: 'word', text: atom };
  const delimiter = matchAt(sticky.delimiter, text, at);
  if (delimiter) return { kind: delimiterKind(text, at, delimiter), text: delimiter };
  return { kind: 'word', text: matchAt(sticky.word, text, at) ?? text[at]! };
}

/** Line breaks are tokens of their own (they are structure); other spaces go with the token before. */
function tokenize(text: string, next: (text: string, at: number) => { kind: Kind; text: string }): Token[] {
  const tokens: Token[] = [];
  for (let at = 0; at < text.length; ) {
    const space = matchAt(sticky.space, text, at);
    const last = tokens.at(-1);
    if (space && !space.includes('\n') && last && last.kind !== 'space') last.ws = space;
    else if (space) tokens.push({ kind: 'space', text: space, ws: '' });
    else tokens.push({ ...next(text, at), ws: '' });
    at += space?.length ?? tokens.at(-1)!.text.length;
  }
  return tokens;
}

const plainToken = (text: string, at: number) => ({ kind: 'word' as const, text: matchAt(sticky.nonSpace, text, at) ?? text[at]! });

const keyOf = (t: Token) => `${t.kind}:${t.text}`;

/** Both versions as one stream: unchanged tokens, then what was removed and added, in order. */
function mergeVersions(before: Token[], after: Token[]): Item[] {
  const items: Item[] = [];
  let b = 0;
  let a = 0;
  for (const change of diffArrays(before.map(keyOf), after.map(keyOf))) {
    const n = change.count ?? change.value.length;
    for (let i = 0; i < n; i++) {
      if (change.added) items.push({ ...after[a++]!, change: 'added' });
      else if (change.removed) items.push({ ...before[b++]!, change: 'removed' });
      else {
        items.push(after[a++]!);
        b++;
      }
    }
  }
  return items;
}

const isBreak = (item: Item) => item.kind === 'space' && item.change !== 'removed' && item.text.includes('\n');
const isChange = (item: Item) => item.kind === 'word' && item.change !== undefined;
const isUnchangedWord = (item: Item) => item.kind === 'word' && !item.change;

/** From a changed item, the last index reached by CONTEXT_WORDS unchanged words, within its line. */
function reach(items: Item[], from: number, step: 1 | -1): number {
  let at = from;
  let words = 0;
  for (let next = at + step; next >= 0 && next < items.length && !isBreak(items[next]!); next += step) {
    if (isUnchangedWord(items[next]!) && words++ === CONTEXT_WORDS) break;
    at = next;
  }
  return at;
}

/** The last change of the run that starts at `from`: up to the next unchanged word or line break. */
function runEnd(items: Item[], from: number): number {
  let last = from;
  for (let i = from + 1; i < items.length && !isUnchangedWord(items[i]!) && !isBreak(items[i]!); i++) {
    if (isChange(items[i]!)) last = i;
  }
  return last;
}

function wordNear(items: Item[], from: number, step: 1 | -1): Item | undefined {
  for (let i = from; i >= 0 && i < items.length; i += step) if (items[i]!.kind === 'word') return items[i];
  return undefined;
}

/**
 * [start, end] index ranges around the changes. Overlapping ranges are one, and so are ranges
 * on consecutive lines when the change runs on from one line to the next (a new paragraph).
 */
function windows(items: Item[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < items.length; i++) {
    if (!isChange(items[i]!)) continue;
    const last = runEnd(items, i);
    const start = reach(items, i, -1);
    const end = reach(items, last, 1);
    const previous = found.at(-1);
    const runsOn =
      previous &&
      items.slice(previous[1] + 1, start).every((x) => x.kind === 'space') &&
      isChange(wordNear(items, previous[1], -1) ?? items[i]!) &&
      isChange(wordNear(items, start, 1) ?? items[i]!);
    if (previous && (start <= previous[1] + 1 || runsOn)) previous[1] = Math.max(previous[1], end);
    else found.push([start, end]);
    i = last;
  }
  return found;
}

/** Emphasis left open by the new text before `to` (from the start of its line). */
function openDelimiters(items: Item[], from: number, to: number, stack: string[] = []): string[] {
  for (let i = from; i < to; i++) {
    const item = items[i]!;
    if (item.change === 'removed') continue;
    if (item.kind === 'open') stack.push(item.text);
    else if (item.kind === 'close') stack.pop();
  }
  return stack;
}

function lineStartBefore(items: Item[], at: number): number {
  for (let i = at - 1; i >= 0; i--) if (isBreak(items[i]!)) return i + 1;
  return 0;
}

/** How an item reads in the passage: removed markup goes, added markup is simply there. */
function rendered(item: Item): DiffSegment | null {
  const markup = item.kind === 'open' || item.kind === 'close' || item.kind === 'block';
  if (item.change === 'removed') {
    if (markup) return null;
    return { value: item.kind === 'space' ? ' ' : item.text + (item.ws ? ' ' : ''), removed: true };
  }
  if (!item.change || markup || item.kind === 'space') return { value: item.text + item.ws };
  return { value: item.text + item.ws, added: true };
}

function pushSegment(segments: DiffSegment[], segment: DiffSegment) {
  const last = segments.at(-1);
  if (last && !last.added === !segment.added && !last.removed === !segment.removed) last.value += segment.value;
  else segments.push({ ...segment });
}

/** Whitespace at either end of a change is moved out of it, so the marks hug the words. */
function tidy(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const s of segments) {
    if (!s.added && !s.removed) {
      pushSegment(out, s);
      continue;
    }
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(s.value) ?? [];
    if (lead) pushSegment(out, { value: lead });
    if (core) out.push({ ...s, value: core });
    if (trail) pushSegment(out, { value: trail });
  }
  return out;
}

function passageSegments(items: Item[], [start, end]: [number, number], markdown: boolean): DiffSegment[] {
  const lineStart = lineStartBefore(items, start);
  const reopened = markdown ? openDelimiters(items, lineStart, start) : [];
  const stillOpen = markdown ? openDelimiters(items, start, end + 1, [...reopened]) : [];
  const raw: DiffSegment[] = [];
  if (start > lineStart) raw.push({ value: '… ' });
  if (reopened.length > 0) pushSegment(raw, { value: reopened.join('') });
  for (let i = start; i <= end; i++) {
    const segment = rendered(items[i]!);
    if (segment) pushSegment(raw, segment);
  }
  const segments = tidy(raw);
  // Closing emphasis must follow a word directly, or it would show as asterisks.
  const last = segments.at(-1);
  if (last && !last.added && !last.removed) last.value = last.value.trimEnd();
  const tail = stillOpen.reverse().join('') + (items[end + 1] && !isBreak(items[end + 1]!) ? ' …' : '');
  if (tail) pushSegment(segments, { value: tail });
  return segments.filter((s) => s.value !== '');
}

const clean = (text: string) => text.replace(anyMark, '');

/** The changed passages of one field, each with a little unchanged context. */
export function fieldPassages(field: keyof LetterText, before: string, after: string): ChangedPassage[] {
  if (before === after) return [];
  const markdown = isMarkdownField(field);
  const next = markdown ? markdownToken : plainToken;
  const items = mergeVersions(tokenize(clean(before), next), tokenize(clean(after), next));
  return windows(items).map((w) => ({ field, segments: passageSegments(items, w, markdown) }));
}

/**
 * What changed between two versions of a letter, as passages in letter order: at most
 * MAX_PASSAGES, and how many more there are.
 */
export function changedPassages(before: LetterText, after: LetterText): { passages: ChangedPassage[]; omitted: number } {
  const all = letterFieldNames.flatMap((field) => fieldPassages(field, before[field], after[field]));
  return { passages: all.slice(0, MAX_PASSAGES), omitted: Math.max(0, all.length - MAX_PASSAGES) };
}
