// Rows of tables pasted from a page, a document or a spreadsheet, and the columns of a CSV.
import { matchCountry, looksLikePlace } from './countries';
import { addTitleText, blank, setCountry, takeParentheticals, takeTrailingCountry, type Fields } from './fields';
import { looksLikeAcronym, looksLikePersonName, looksLikeTitle } from './shapes';
import { hasWord, isNumberCell, isUrlOrEmail, stripEnd } from './text';
import type { EntryKind } from './types';

export const columnRoles = ['name', 'country', 'title', 'acronym', 'kind', 'ignore'] as const;
/** What a table or CSV column holds (the column-mapping step of a CSV upload). */
export type ColumnRole = (typeof columnRoles)[number];
type Role = ColumnRole;

const headerRoles: [RegExp, Role][] = [
  [/^(?:name|names|organi[sz]ation|organi[sz]ations|organi[sz]ation name|organi[sz]ation\/group|org|group|signatory|signatories|full name|individual|entity|institution|signed by|signer|group name|name of organi[sz]ation)$/, 'name'],
  [/^(?:country|countries|country\/region|country \/ region|location|based in|nation|country of registration|country of origin)$/, 'country'],
  [/^(?:title|titles|affiliation|affiliations|position|role|title\/affiliation|title \/ affiliation|job title|organi[sz]ation\/affiliation|affiliation \(for identification only\))$/, 'title'],
  [/^(?:acronym|abbreviation|short name|acronym\/abbreviation|initials)$/, 'acronym'],
  [/^(?:type|kind|category|signing as|sign as)$/, 'kind'],
  [/^(?:no|no\.|#|number|nr|s\/n|sn|sl|sl\.|website|web|url|email|e-mail|city|town|contact|contact person|date|comments?|notes?|region|sector|logo)$/, 'ignore'],
];

export function roleOf(cell: string): Role | null {
  if (cell.length > 60) return null;
  const t = stripEnd(cell.toLocaleLowerCase('en').replace(/\s+/g, ' '), /[\s:*]/);
  for (const [re, role] of headerRoles) if (re.test(t)) return role;
  return null;
}

/** The cells of a line that is a table row (pipes, tabs, or wide runs of spaces), or null. */
export function splitRow(text: string): { cells: string[] } | null {
  const t = text.trim();
  let cells: string[];
  if (t.includes('|')) {
    cells = t.split('|').map((c) => c.trim());
    if (t.startsWith('|')) cells.shift();
    if (t.endsWith('|') && cells.length > 0) cells.pop();
  } else if (text.includes('\t')) {
    cells = text.split('\t').map((c) => c.trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  } else if (/\S\s{3,}\S/.test(t)) {
    // Columns pasted from a PDF arrive as runs of spaces.
    cells = t.split(/\s{3,}/).map((c) => c.trim());
  } else return null;
  return { cells };
}

export const isRule = (cells: string[]) => cells.every((c) => c === '' || /^:?-{2,}:?$/.test(c) || /^[=_~-]+$/.test(c));

export function headerOf(cells: string[]): Role[] | null {
  const roles = cells.map((c) => (c === '' ? 'ignore' : roleOf(c)));
  if (roles.some((r) => r === null)) return null;
  if (!roles.includes('name') && !roles.includes('country')) return null;
  return roles as Role[];
}

/** The kind a header's name column announces ("Organisation", "Full name"), if any. */
export function kindOfHeader(cells: string[], roles: Role[]): EntryKind | null {
  const named = cells[roles.indexOf('name')]?.toLocaleLowerCase('en') ?? '';
  if (/organi[sz]ation|group/.test(named)) return 'organization';
  if (/individual|full name/.test(named)) return 'individual';
  return null;
}

function kindFromCell(text: string): EntryKind | null {
  if (/indiv|person|personal/i.test(text)) return 'individual';
  if (/org|group|ngo|network|institution|company|coalition/i.test(text)) return 'organization';
  return null;
}

/** A row under a header: each cell goes where its column says. */
export function parseMappedRow(rowCells: string[], roles: Role[], kind: EntryKind): Fields | null | 'misaligned' {
  // Stray empty cells shift the columns; without them the row may line up again.
  let cells = rowCells;
  if (cells.length !== roles.length) {
    cells = cells.filter((c) => c !== '');
    if (cells.length !== roles.length) return 'misaligned';
  }
  return fieldsFromColumns(cells, roles, kind);
}

/** Each cell goes where its column says; cells past the last column are ignored. */
export function fieldsFromColumns(cells: string[], roles: readonly Role[], kind: EntryKind): Fields | null {
  const cell = (role: Role) => cells.filter((_, i) => roles[i] === role).filter(Boolean).join(', ');
  const name = cell('name');
  if (!hasWord(name)) return null;
  const f = blank(kindFromCell(cell('kind')) ?? kind);
  f.name = name;
  takeParentheticals(f);
  const acronym = cell('acronym');
  if (acronym && f.kind === 'organization') f.acronym = acronym;
  const countryText = cell('country');
  if (countryText && !setCountry(f, countryText, 'all')) {
    f.name = `${f.name}, ${countryText}`;
    f.flags.add('country_not_recognised');
  }
  const title = cell('title');
  if (title) {
    if (f.kind === 'individual') addTitleText(f, title);
    else f.flags.add('line_not_understood');
  }
  return f;
}

/** A row with no header: the first cell is the name; the rest are guessed from their shape. */
export function parseGuessedRow(cells: string[], kind: EntryKind, guess: boolean): Fields | null {
  const filled = cells.filter((c) => c !== '' && !isUrlOrEmail(c));
  while (filled.length > 1 && isNumberCell(filled[0]!)) filled.shift();
  if (filled.length === 0 || !hasWord(filled.join(' '))) return null;
  const [first, ...rest] = filled as [string, ...string[]];
  const k = guess && rest.some((c) => looksLikeTitle(c)) && looksLikePersonName(first) ? 'individual' : kind;
  const f = blank(k);
  f.name = first;
  takeParentheticals(f);
  const others: string[] = [];
  rest.forEach((c, i) => {
    const isLast = i === rest.length - 1;
    if (!f.countryGiven && isLast && setCountry(f, c)) return;
    if (k === 'organization' && !f.acronym && looksLikeAcronym(c) && !matchCountry(c)) {
      f.acronym = c;
      return;
    }
    const kindText = kindFromCell(c);
    if (kindText && /^(?:organi[sz]ation|individual|group|person)s?$/i.test(c)) {
      f.kind = kindText;
      return;
    }
    others.push(c);
  });
  placeOtherCells(f, others);
  if (f.kind === 'organization') takeTrailingCountry(f);
  return f;
}

function placeOtherCells(f: Fields, others: string[]) {
  if (f.kind === 'individual') {
    for (const o of others) addTitleText(f, o);
    return;
  }
  if (others.length === 0) return;
  const place = others[others.length - 1]!;
  if (!f.countryGiven && others.length === 1 && looksLikePlace(place)) {
    f.name = `${f.name}, ${place}`;
    f.flags.add('country_not_recognised');
  } else {
    // Something we cannot place (a city, a second name): shown beside the original line.
    f.flags.add('line_not_understood');
  }
}

/** The role each header names ("Organisation", "Country", "Affiliation"...), or 'ignore'. */
export function guessColumnRoles(headers: readonly string[]): ColumnRole[] {
  const roles = headers.map((h) => roleOf(h) ?? 'ignore');
  // With no column called a name, the first column is the likeliest.
  if (!roles.includes('name')) {
    const first = roles.findIndex((r) => r === 'ignore');
    if (first >= 0) roles[first] = 'name';
  }
  return roles;
}
