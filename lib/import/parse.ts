import { cleanText } from '../sign-ons/normalize';
import { markDuplicates } from './duplicates';
import { importFlags, type EntryKind, type ImportFlag, type ParsedEntry } from './types';
import { looksLikePlace, matchCountry, type CodePolicy, matchTrailingCountry, trailingUnrecognisedPlace } from './countries';

export { importFlags, markDuplicates };
export type { EntryKind, ImportFlag, ParsedEntry };
export { markExistingDuplicates, type ExistingSignOn } from './duplicates';

export type ParseOptions = { defaultKind?: EntryKind };

// SPEC §4 field limits: longer values mean the line was not a list entry.
const NAME_LIMIT = 200;
const TITLE_LIMIT = 300;
const ACRONYM_LIMIT = 20;

// ---------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------

/** Control and zero-width characters carry no meaning in a list; odd spaces become spaces. */
function sanitize(raw: string): string {
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
function stripMarkers(text: string): string {
  let t = text.trim();
  for (let i = 0; i < 3; i++) {
    const before = t;
    for (const m of markers) t = t.replace(m, '');
    t = t.replace(/^(\*\*|__)(.+)\1$/u, '$2').trim();
    if (t === before) break;
  }
  return t;
}

const hasWord = (text: string) => /[\p{L}\p{N}]/u.test(text);

// Loops rather than `[...]+$` patterns, whose backtracking is quadratic on long runs.
const separatorChars = /[\s,;:–—|-]/u;
function stripEnd(text: string, chars: RegExp = separatorChars): string {
  let end = text.length;
  while (end > 0 && chars.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
function stripEnds(text: string, chars: RegExp = separatorChars): string {
  let start = 0;
  while (start < text.length && chars.test(text[start]!)) start++;
  return stripEnd(text.slice(start), chars);
}

/** "Name (X)" → { rest: "Name", inner: "X" } for a short parenthetical at the very end. */
function trailingParenthetical(text: string): { rest: string; inner: string } | null {
  const t = text.trimEnd();
  if (!t.endsWith(')')) return null;
  const open = t.lastIndexOf('(');
  if (open <= 0) return null;
  const inner = t.slice(open + 1, -1);
  const rest = t.slice(0, open).trimEnd();
  if (!inner.trim() || inner.length > 60 || inner.includes(')') || !rest) return null;
  return { rest, inner };
}

/** Longer than any entry could be (name, title and country together): not parsed, only flagged. */
const LINE_LIMIT = 2000;

// ---------------------------------------------------------------------------
// Headings
// ---------------------------------------------------------------------------

const orgHeading =
  /^(?:(?:list of|the following) )?(?:(?:signatory|signing|endorsing|supporting|international|national|regional|local|civil society|member|partner|non governmental|non-governmental|community|grassroots|faith|faith-based|youth|other) )*(?:organi[sz]ations?|groups?|ngos?|csos?|networks?|coalitions?|institutions?|organi[sz]ational (?:signatories|signers|endorsers|endorsements|sign ons|sign-ons|supporters))(?: (?:signatories|that signed|signing|signing on|endorsing|endorsements|signers|supporting))?$/;
const individualHeading =
  /^(?:(?:list of|the following) )?(?:individuals?|individual (?:signatories|signers|endorsers|endorsements|sign ons|sign-ons|supporters)|people|persons|experts|academics|scholars|personalities)(?: (?:signatories|that signed|signing|signing on|endorsing|signers|in (?:their|a) personal capacity|signing in (?:their|a) personal capacity))?$/;
const skipHeading =
  /^(?:signatories|signatory list|signatories list|list of signatories|signed|signed by|signed on behalf of|sincerely|yours sincerely|sincerely yours|yours faithfully|yours truly|respectfully|respectfully yours|regards|best regards|kind regards|warm regards|with best regards|in solidarity|endorsed by|endorsements?|endorsers|co ?signed by|co-signed by|signers|sign ons|sign-ons|supported by|the undersigned|undersigned|signatures|with the support of|on behalf of|initiated by|(?:signatory )?organi[sz]ations and individuals)$/;

type Heading = { kind: EntryKind | null };

/** Notes printed with lists: "(in alphabetical order)", "*Affiliations for identification only". */
const notePattern = /identification (?:purposes )?only|for identification|alphabetical order|in (?:their|a) personal capacity|^\(?continued\)?$|^\(?cont(?:'d|\.)\)?$/i;

function headingOf(text: string): Heading | null {
  if (text.length > 120) return null;
  if (/^(?:\(.*\)|\[.*\])$/u.test(text) && !matchCountry(text, { codes: 'none' })) return { kind: null };
  if (notePattern.test(text) && text.split(' ').length <= 14) {
    // "Individuals (affiliations for identification purposes only)" still switches the kind.
    const t = text.toLocaleLowerCase('en');
    if (/^individuals?\b|^individual signatories\b/.test(t)) return { kind: 'individual' };
    if (/^organi[sz]ations?\b/.test(t)) return { kind: 'organization' };
    return { kind: null };
  }
  const t = text
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .replace(/[\s:：,.;\-–—]+$/u, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
  if (orgHeading.test(t)) return { kind: 'organization' };
  if (individualHeading.test(t)) return { kind: 'individual' };
  if (skipHeading.test(t)) return { kind: null };
  // "Organizations and networks", "Groups & coalitions"
  const parts = t.split(/ (?:and|&) /);
  if (parts.length === 2 && parts.every((p) => orgHeading.test(p))) return { kind: 'organization' };
  // A short line ending in a colon introduces what follows ("Signed by the following groups:").
  if (
    /[:：]\s*$/u.test(text) &&
    t.split(' ').length <= 8 &&
    /\b(?:sign|signed|signing|signator|endors|support|organi[sz]ation|group|individual|people|person|network|coalition|undersigned|following)/.test(t)
  ) {
    const individual = /\b(?:individuals?|people|persons|personal capacity)\b/.test(t);
    const organization = /\b(?:organi[sz]ations?|organi[sz]ational|groups?|ngos?|csos?|networks?|coalitions?|institutions?)\b/.test(t);
    if (individual !== organization) return { kind: individual ? 'individual' : 'organization' };
    return { kind: null };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Words that tell names, titles and acronyms apart
// ---------------------------------------------------------------------------

const titleWords =
  /\b(?:prof|professor|dr|director|executive|chair|chairperson|chairman|chairwoman|president|vice|founder|co-founder|cofounder|coordinator|member|former|lecturer|researcher|fellow|rapporteur|lawyer|attorney|advocate|activist|journalist|author|writer|ceo|head|senior|associate|assistant|secretary|minister|mp|mep|senator|officer|manager|consultant|expert|scholar|student|phd|candidate|independent|retired|emeritus|dean|editor|artist|doctor|nurse|teacher|pastor|rev|reverend|bishop|imam|rabbi|chief|leader|campaigner|organi[sz]er|defender|specialist|adviser|advisor|analyst|scientist|economist|historian|sociologist|anthropologist|engineer|filmmaker|photographer|poet|farmer|fisher|elder|representative|spokesperson|trustee|board|staff|volunteer|university|universidad|université|college|school|institute|faculty|department)\b/i;

const organizationWords =
  /\b(?:foundation|association|council|cent(?:re|er)|institute|alliance|coalition|group|union|trust|fund|forum|initiative|project|movement|committee|commission|watch|friends|network|society|collective|federation|league|organi[sz]ation|campaign|partners|ngo|action|coop|cooperative|inc|ltd|llc|e\.v|church|mission|rights|justice|international|platform|observatory|clinic|lab|media|press|club|council|agency|bureau|office|ministry|secretariat)\b/i;

const looksLikeTitle = (text: string) => titleWords.test(text);

const nameParticles = /^(?:de|da|di|do|dos|das|du|del|della|van|von|der|den|ter|la|le|bin|binti|ibn|al|el|y|e|St\.?)$/;

/** Two to five capitalised words, no organization words: reads like a person's name. */
function looksLikePersonName(text: string): boolean {
  if (organizationWords.test(text) || /\d/.test(text)) return false;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || nameParticles.test(w) || /^\p{Lo}/u.test(w));
}

/** "HRW", "FoEI", "CEJAD-K": a short token with at least two capitals and no spaces. */
function looksLikeAcronym(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > ACRONYM_LIMIT || /\s/.test(t)) return false;
  if (!/^[\p{L}\p{N}&.\-/'+]+$/u.test(t) || !/^\p{Lu}/u.test(t)) return false;
  const letters = t.match(/\p{L}/gu) ?? [];
  const capitals = t.match(/\p{Lu}/gu) ?? [];
  return capitals.length >= 2 && capitals.length * 2 >= letters.length;
}

const isUrlOrEmail = (text: string) => /^(?:https?:\/\/|www\.)\S+$|^\S+@\S+\.\S+$/i.test(text.trim());
const isNumberCell = (text: string) => /^\(?\d{1,5}[.)]?$/.test(text.trim());

// ---------------------------------------------------------------------------
// One entry's fields
// ---------------------------------------------------------------------------

type Fields = {
  kind: EntryKind;
  name: string;
  acronym: string | null;
  title: string | null;
  country: string | null;
  /** A country (or "International") was read, so a following country line is not this entry's. */
  countryGiven: boolean;
  flags: Set<ImportFlag>;
};

function blank(kind: EntryKind): Fields {
  return { kind, name: '', acronym: null, title: null, country: null, countryGiven: false, flags: new Set() };
}

function setCountry(f: Fields, text: string, codes: CodePolicy = 'alpha2'): boolean {
  const match = matchCountry(text, { codes });
  if (!match) return false;
  f.country = match.code;
  f.countryGiven = true;
  if (match.regionMapped) f.flags.add('region_mapped');
  return true;
}

/**
 * "Kenya Office", "Uganda Chapter": a national branch names its country, and keeps the
 * words in its name because that is how it calls itself.
 */
function branchCountry(f: Fields, text: string): boolean {
  if (text.length > 120) return false;
  const m = /^(.*?\S)\s+(?:country office|office|chapter|branch|section)$/iu.exec(text.trim());
  if (!m || f.countryGiven) return false;
  return setCountry(f, m[1]!);
}

/** A trailing "(CES)" on an organization name becomes its acronym; "(Kenya)" its country. */
function takeParentheticals(f: Fields) {
  for (let i = 0; i < 2; i++) {
    const m = trailingParenthetical(f.name);
    if (!m) return;
    const { rest, inner } = m;
    if (!f.countryGiven && setCountry(f, inner)) f.name = rest;
    else if (f.kind === 'organization' && !f.acronym && looksLikeAcronym(inner)) {
      f.acronym = inner.trim();
      f.name = rest;
    } else {
      if (!f.countryGiven && !branchCountry(f, inner) && looksLikePlace(inner)) {
        f.flags.add('country_not_recognised');
      }
      return;
    }
  }
}

/** A country written after the name with no separator, or a place we know has no code. */
function takeTrailingCountry(f: Fields, allowBare: boolean) {
  if (f.countryGiven) return;
  if (allowBare) {
    const trailing = matchTrailingCountry(f.name);
    if (trailing) {
      f.country = trailing.code;
      f.countryGiven = true;
      if (trailing.regionMapped) f.flags.add('region_mapped');
      const rest = stripEnd(f.name.slice(0, trailing.start));
      // "ActionAid Kenya" is the name of a national member: one word left means keep it whole.
      if (/\s/u.test(rest.trim())) f.name = rest;
      return;
    }
  }
  if (trailingUnrecognisedPlace(f.name) > 0) f.flags.add('country_not_recognised');
}

/** A comma, a spaced dash or slash, or an en/em dash between words. */
const separator = /,\s*|\s+[-–—/]\s+|(?<=\p{L}|\))[–—](?=\p{L})/u;
const separators = new RegExp(separator.source, 'gu');

/** Splits "head <sep> tail" at the last separator. */
function lastSeparated(text: string): { head: string; tail: string } | null {
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

function firstSeparated(text: string): { head: string; tail: string } | null {
  const m = separator.exec(text);
  if (!m || m.index === 0) return null;
  return { head: text.slice(0, m.index), tail: text.slice(m.index + m[0].length) };
}

/** An organization on one line: "Name (ACRO), Country", "Name – Country", "Name Country". */
function parseOrganization(text: string): Fields {
  const f = blank('organization');
  f.name = text;
  const split = lastSeparated(text);
  if (split && split.head.trim()) {
    if (setCountry(f, split.tail)) {
      f.name = split.head;
      // "Example Heron Trust, EHT, Kenya"
      const before = lastSeparated(f.name);
      if (before && before.head.trim() && looksLikeAcronym(before.tail) && !matchCountry(before.tail)) {
        f.acronym = before.tail.trim();
        f.name = before.head;
      }
    } else if (looksLikeAcronym(split.tail)) {
      // "Centre for Example Studies – CES"
      f.acronym = split.tail.trim();
      f.name = split.head;
    } else if (!branchCountry(f, split.tail) && looksLikePlace(split.tail)) f.flags.add('country_not_recognised');
  }
  // The ending first, so "Congo (DRC)" or "Korea (Republic of)" is read as one country.
  takeTrailingCountry(f, true);
  takeParentheticals(f);
  return f;
}

/** An individual: "Name, Title, Country", "Name – Title", "Name (Country)". */
function parseIndividual(text: string): Fields {
  const f = blank('individual');
  const split = firstSeparated(text);
  if (!split) {
    f.name = text;
    takeParentheticals(f);
    return f;
  }
  f.name = split.head;
  takeParentheticals(f);
  addTitleText(f, split.tail);
  return f;
}

/** Title / affiliation text for an individual; a country at its end becomes the country. */
function addTitleText(f: Fields, text: string) {
  let title = text.trim();
  if (!f.countryGiven && title) {
    if (setCountry(f, title)) title = '';
    else {
      const split = lastSeparated(title);
      if (split && split.head.trim() && setCountry(f, split.tail)) title = split.head;
      else {
        const paren = trailingParenthetical(title);
        if (paren && setCountry(f, paren.inner)) title = paren.rest;
        else {
          const trailing = matchTrailingCountry(title);
          if (trailing) {
            f.country = trailing.code;
            f.countryGiven = true;
            if (trailing.regionMapped) f.flags.add('region_mapped');
            title = stripEnd(title.slice(0, trailing.start));
          }
        }
      }
    }
  }
  title = stripEnds(cleanText(title));
  if (!title) return;
  f.title = f.title ? `${f.title}, ${title}` : title;
}

/** With no heading to say, "Jane Doe, Professor of Law" reads as an individual. */
function guessKind(text: string, fallback: EntryKind): EntryKind {
  const split = firstSeparated(text);
  if (split && looksLikePersonName(split.head) && looksLikeTitle(split.tail)) return 'individual';
  if (/^(?:dr|prof|rev|mr|mrs|ms|mx|hon|sir|dame)\.?\s/i.test(text) && !organizationWords.test(text)) return 'individual';
  return fallback;
}

// ---------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------

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

function roleOf(cell: string): Role | null {
  if (cell.length > 60) return null;
  const t = stripEnd(cell.toLocaleLowerCase('en').replace(/\s+/g, ' '), /[\s:*]/);
  for (const [re, role] of headerRoles) if (re.test(t)) return role;
  return null;
}

function splitRow(text: string): { cells: string[] } | null {
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

const isRule = (cells: string[]) => cells.every((c) => c === '' || /^:?-{2,}:?$/.test(c) || /^[=_~-]+$/.test(c));

function headerOf(cells: string[]): Role[] | null {
  const roles = cells.map((c) => (c === '' ? 'ignore' : roleOf(c)));
  if (roles.some((r) => r === null)) return null;
  if (!roles.includes('name') && !roles.includes('country')) return null;
  return roles as Role[];
}

function kindFromCell(text: string): EntryKind | null {
  if (/indiv|person|personal/i.test(text)) return 'individual';
  if (/org|group|ngo|network|institution|company|coalition/i.test(text)) return 'organization';
  return null;
}

/** A row under a header: each cell goes where its column says. */
function parseMappedRow(rowCells: string[], roles: Role[], kind: EntryKind): Fields | null | 'misaligned' {
  // Stray empty cells shift the columns; without them the row may line up again.
  let cells = rowCells;
  if (cells.length !== roles.length) {
    cells = cells.filter((c) => c !== '');
    if (cells.length !== roles.length) return 'misaligned';
  }
  return fieldsFromColumns(cells, roles, kind);
}

/** Each cell goes where its column says; cells past the last column are ignored. */
function fieldsFromColumns(cells: string[], roles: readonly Role[], kind: EntryKind): Fields | null {
  const cell = (role: Role) => cells.filter((_, i) => roles[i] === role).filter(Boolean).join(', ');
  const name = cell('name');
  if (!hasWord(name)) return null;
  const kindText = cell('kind');
  const f = blank(kindFromCell(kindText) ?? kind);
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
function parseGuessedRow(cells: string[], kind: EntryKind, guess: boolean): Fields | null {
  const filled = cells.filter((c) => c !== '' && !isUrlOrEmail(c));
  while (filled.length > 1 && isNumberCell(filled[0]!)) filled.shift();
  if (filled.length === 0 || !hasWord(filled.join(' '))) return null;
  const [first, ...rest] = filled as [string, ...string[]];
  let k = kind;
  if (guess && rest.some((c) => looksLikeTitle(c)) && looksLikePersonName(first)) k = 'individual';
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
  if (f.kind === 'individual') {
    for (const o of others) addTitleText(f, o);
  } else if (others.length > 0) {
    const place = others[others.length - 1]!;
    if (!f.countryGiven && others.length === 1 && looksLikePlace(place)) {
      f.name = `${f.name}, ${place}`;
      f.flags.add('country_not_recognised');
    } else {
      // Something we cannot place (a city, a second name): shown beside the original line.
      f.flags.add('line_not_understood');
    }
  }
  if (f.kind === 'organization') takeTrailingCountry(f, !f.countryGiven);
  return f;
}

// ---------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------

type Line = { raw: string; text: string; lineNumber: number };
type Token = { type: 'blank' } | { type: 'heading'; kind: EntryKind | null } | ({ type: 'content' } & Line);

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const lines = input.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
  lines.forEach((rawLine, i) => {
    const raw = sanitize(rawLine);
    const text = cleanText(stripMarkers(raw));
    const row = splitRow(raw);
    // A table's rule row (|---|---|) is part of the table, not a break in it.
    if (row && isRule(row.cells) && row.cells.length > 1) return;
    if (!hasWord(text) || (row && !hasWord(row.cells.join(' ')))) {
      tokens.push({ type: 'blank' });
      return;
    }
    const heading = row ? null : headingOf(text);
    if (heading) {
      tokens.push({ type: 'heading', kind: heading.kind });
      return;
    }
    tokens.push({ type: 'content', raw: rawLine.trimEnd(), text, lineNumber: i + 1 });
  });
  return tokens;
}

type Draft = Fields & { line: string; lineNumber: number; fromHeading: boolean };

/** A line that is nothing but a country, e.g. the second line of "Name\nCountry". */
function countryLine(text: string): { code: string | null; regionMapped: boolean; colon: boolean } | null {
  if (text.length > 60) return null;
  const colon = /[:：]\s*$/u.test(text);
  const t = text.replace(/[:：]\s*$/u, '').trim();
  const match = matchCountry(t, { codes: 'none' });
  if (!match) return null;
  return { code: match.code, regionMapped: match.regionMapped, colon };
}

/**
 * A blank-line-separated block of an individual: a name line, then title / affiliation
 * lines, and perhaps a final country line.
 */
function personBlock(lines: Line[]): Fields | null {
  if (lines.length < 2 || splitRow(lines[0]!.raw) || countryLine(lines[0]!.text)) return null;
  const lastCountry = countryLine(lines[lines.length - 1]!.text);
  const middle = lines.slice(1, lastCountry ? -1 : undefined);
  if (middle.length === 0) return null;
  const titleLine = (l: Line) => {
    if (splitRow(l.raw)) return false;
    // "John Sample – Lawyer" is the next person, not this one's affiliation.
    const head = firstSeparated(l.text)?.head ?? l.text;
    if (looksLikePersonName(head) && !looksLikeTitle(head)) return false;
    return looksLikeTitle(l.text) || organizationWords.test(l.text) || /^\p{Ll}/u.test(l.text);
  };
  if (!middle.every(titleLine)) {
    return null;
  }
  const f = parseIndividual(lines[0]!.text);
  for (const l of middle) addTitleText(f, l.text);
  if (lastCountry) {
    f.country = lastCountry.code;
    f.countryGiven = true;
    if (lastCountry.regionMapped) f.flags.add('region_mapped');
  }
  return f;
}

/** "We, the undersigned, call on the Minister to act." — prose, not a signatory. */
function looksLikeSentence(text: string): boolean {
  if (!/[.!?]$/.test(text) || text.split(' ').length < 6) return false;
  return !/\b(?:inc|ltd|co|corp|e\.v|st|jr|sr|[A-Z])\.$/i.test(text);
}

function finish(f: Fields): Fields {
  f.name = stripEnds(cleanText(f.name));
  if (f.title) f.title = cleanText(f.title);
  if (f.acronym) f.acronym = cleanText(f.acronym);
  if (
    f.name.length > NAME_LIMIT ||
    (f.title?.length ?? 0) > TITLE_LIMIT ||
    (f.acronym?.length ?? 0) > ACRONYM_LIMIT ||
    f.name.split(' ').length > 25 ||
    looksLikeSentence(f.name)
  ) {
    f.flags.add('line_not_understood');
  }
  if (f.kind === 'individual') f.acronym = null;
  return f;
}

/**
 * Reads a signatory list as letters print it (one entry per line with separators, tables,
 * name-then-country lines, headings that switch between organizations and individuals,
 * individuals' blocks with title lines) into entries to preview. Never throws; what it
 * cannot read is kept and flagged rather than dropped.
 */
export function parseSignatoryList(text: string, options: ParseOptions = {}): ParsedEntry[] {
  const tokens = tokenize(typeof text === 'string' ? text : '');
  const drafts: Draft[] = [];
  let kind: EntryKind = options.defaultKind ?? 'organization';
  let guess = true;
  let columns = null as Role[] | null;
  let groupCountry = null as { code: string | null; regionMapped: boolean; used: boolean } | null;
  let sectionStart = 0;

  const push = (f: Fields, lines: Line[]) => {
    const fromHeading = !f.countryGiven && groupCountry !== null;
    if (fromHeading && groupCountry) {
      f.country = groupCountry.code;
      if (groupCountry.regionMapped) f.flags.add('region_mapped');
      groupCountry.used = true;
    }
    const done = finish(f);
    if (!hasWord(done.name)) {
      const whole = cleanText(lines.map((l) => l.text).join(' '));
      if (!hasWord(whole)) return;
      done.name = whole.slice(0, 1000);
      done.flags.add('line_not_understood');
    }
    drafts.push({
      ...done,
      line: lines.map((l) => l.raw).join('\n'),
      lineNumber: lines[0]!.lineNumber,
      fromHeading,
    });
  };

  /** `opensBlock`: first of several lines after a blank line, where a country is a heading. */
  const handleLine = (line: Line, opensBlock = false) => {
    if (line.text.length > LINE_LIMIT) {
      const f = blank(kind);
      f.name = line.text.slice(0, NAME_LIMIT);
      f.flags.add('line_not_understood');
      push(f, [line]);
      return;
    }
    const row = splitRow(line.raw);
    if (row) {
      const header = headerOf(row.cells);
      if (header) {
        columns = header;
        const named = row.cells[header.indexOf('name')]?.toLocaleLowerCase('en') ?? '';
        if (/organi[sz]ation|group/.test(named)) kind = 'organization';
        if (/individual|full name/.test(named)) kind = 'individual';
        return;
      }
      const cells = row.cells.map((c) => stripMarkers(c));
      const mapped = columns ? parseMappedRow(cells, columns, kind) : 'misaligned';
      const f = mapped === 'misaligned' ? parseGuessedRow(cells, kind, guess) : mapped;
      if (f) push(f, [line]);
      return;
    }
    columns = null;
    const previousEntry = drafts.length > sectionStart ? drafts[drafts.length - 1] : undefined;
    if (isUrlOrEmail(line.text) && previousEntry) {
      // A website or address under a name belongs to that entry; it is not imported.
      previousEntry.line = `${previousEntry.line}\n${line.raw}`;
      return;
    }
    const onlyCountry = countryLine(line.text);
    if (onlyCountry) {
      const previous = previousEntry;
      if (!onlyCountry.colon && !opensBlock && previous && !previous.countryGiven && !previous.fromHeading) {
        previous.country = onlyCountry.code;
        previous.countryGiven = true;
        if (onlyCountry.regionMapped) previous.flags.add('region_mapped');
        previous.line = `${previous.line}\n${line.raw}`;
        return;
      }
      // Lists grouped under country headings ("Kenya:" or "Kenya" before its entries).
      groupCountry = { code: onlyCountry.code, regionMapped: onlyCountry.regionMapped, used: false };
      return;
    }
    const k = guess ? guessKind(line.text, kind) : kind;
    push(k === 'individual' ? parseIndividual(line.text) : parseOrganization(line.text), [line]);
  };

  let block: Line[] = [];
  const flushBlock = () => {
    if (block.length === 0) return;
    const person = kind === 'individual' ? personBlock(block) : null;
    if (person) push(person, block);
    else block.forEach((line, i) => handleLine(line, i === 0 && block.length > 1));
    block = [];
  };

  for (const token of tokens) {
    if (token.type === 'content') {
      block.push(token);
      continue;
    }
    flushBlock();
    columns = null;
    if (token.type === 'heading') {
      if (token.kind) {
        kind = token.kind;
        guess = false;
      }
      groupCountry = null;
      sectionStart = drafts.length;
    } else if (groupCountry?.used) {
      groupCountry = null;
    }
  }
  flushBlock();

  return markDuplicates(drafts.map(toEntry));
}

function toEntry(d: Fields & { line: string; lineNumber: number }): ParsedEntry {
  return {
    kind: d.kind,
    name: d.name,
    acronym: d.acronym,
    title: d.title,
    country: d.country,
    flags: importFlags.filter((flag) => d.flags.has(flag)),
    line: d.line,
    lineNumber: d.lineNumber,
    duplicateOf: null,
  };
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
    entries.push(toEntry({ ...done, line: row.line, lineNumber: row.lineNumber }));
  }
  return markDuplicates(entries);
}
