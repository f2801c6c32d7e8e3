// Line-level helpers the import's readers share: cleaning a pasted line and cutting it at
// its separators. Nothing here knows what a signatory is.

// SPEC §4 field limits: longer values mean the line was not a list entry.
export const NAME_LIMIT = 200;
export const TITLE_LIMIT = 300;
export const ACRONYM_LIMIT = 20;
/** Longer than any entry could be (name, title and country together): not parsed, only flagged. */
export const LINE_LIMIT = 2000;

/** Control and zero-width characters carry no meaning in a list; odd spaces become spaces. */
export function sanitize(raw: string): string {
  return raw
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

const markers = [
  /^[-–—•*·▪◦‣⁃●○■□►>+]\s+/u, // "- ", "• "
  /^[•·▪◦‣⁃●○■□►✓✔]\s*/u, // "•Name"
  /^\(?\d{1,4}[.)]\s+/u, // "1. ", "(3) "
  /^\d{1,4}\)\s*/u, // "12)Name"
  /^#{1,6}\s+/u, // Markdown headings
];

/** Numbering, bullets and Markdown emphasis around a line. */
export function stripMarkers(text: string): string {
  let t = text.trim();
  for (let i = 0; i < 3; i++) {
    const before = t;
    for (const m of markers) t = t.replace(m, '');
    t = t.replace(/^(\*\*|__)(.+)\1$/u, '$2').trim();
    if (t === before) break;
  }
  return t;
}

export const hasWord = (text: string) => /[\p{L}\p{N}]/u.test(text);

// Loops rather than `[...]+$` patterns, whose backtracking is quadratic on long runs.
const separatorChars = /[\s,;:–—|-]/u;
export function stripEnd(text: string, chars: RegExp = separatorChars): string {
  let end = text.length;
  while (end > 0 && chars.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
export function stripEnds(text: string, chars: RegExp = separatorChars): string {
  let start = 0;
  while (start < text.length && chars.test(text[start]!)) start++;
  return stripEnd(text.slice(start), chars);
}

/** "Name (X)" → { rest: "Name", inner: "X" } for a short parenthetical at the very end. */
export function trailingParenthetical(text: string): { rest: string; inner: string } | null {
  const t = text.trimEnd();
  if (!t.endsWith(')')) return null;
  const open = t.lastIndexOf('(');
  if (open <= 0) return null;
  const inner = t.slice(open + 1, -1);
  const rest = t.slice(0, open).trimEnd();
  if (!inner.trim() || inner.length > 60 || inner.includes(')') || !rest) return null;
  return { rest, inner };
}

/** A comma, a spaced dash or slash, or an en/em dash between words. */
const separator = /,\s*|\s+[-–—/]\s+|(?<=\p{L}|\))[–—](?=\p{L})/u;
const separators = new RegExp(separator.source, 'gu');

/** Splits "head <sep> tail" at the last separator. */
export function lastSeparated(text: string): { head: string; tail: string } | null {
  const re = separators;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last: { index: number; length: number } | null = null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    last = { index: m.index, length: m[0].length };
  }
  if (!last) return null;
  return { head: text.slice(0, last.index), tail: text.slice(last.index + last.length) };
}

export function firstSeparated(text: string): { head: string; tail: string } | null {
  const m = separator.exec(text);
  if (!m || m.index === 0) return null;
  return { head: text.slice(0, m.index), tail: text.slice(m.index + m[0].length) };
}

export const isUrlOrEmail = (text: string) => /^(?:https?:\/\/|www\.)\S+$|^\S+@\S+\.\S+$/i.test(text.trim());
export const isNumberCell = (text: string) => /^\(?\d{1,5}[.)]?$/.test(text.trim());

/** "We, the undersigned, call on the Minister to act." — prose, not a signatory. */
export function looksLikeSentence(text: string): boolean {
  if (!/[.!?]$/.test(text) || text.split(' ').length < 6) return false;
  return !/\b(?:inc|ltd|co|corp|e\.v|st|jr|sr|[A-Z])\.$/i.test(text);
}
