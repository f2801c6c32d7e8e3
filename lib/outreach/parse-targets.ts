import { z } from 'zod';
import { readCsv } from '../import/csv';
import { matchCountry } from '../import/countries';
import { canonicalEmail, cleanText, hasForbiddenChars, normalizeName } from '../sign-ons/normalize';
import { limits } from '../sign-ons/schemas';

/** More targets than this at once is a mailing list, not outreach. */
export const MAX_TARGETS_AT_ONCE = 1000;

export type TargetColumn = 'name' | 'email' | 'acronym' | 'country';

export type TargetRow = {
  lineNumber: number;
  name: string;
  email: string;
  acronym: string | null;
  /** ISO 3166-1 alpha-2, or null for none given or "international". */
  country: string | null;
  normalizedName: string;
  canonicalEmail: string;
  errors: string[];
  /** Why the row is skipped although valid: the same organization earlier in the list or already a target. */
  duplicate: 'in-list' | 'existing' | null;
};

export type ExistingTargets = { emails: ReadonlySet<string>; names: ReadonlySet<string> };

const emailCheck = z.email();
const positional: TargetColumn[] = ['name', 'email', 'acronym', 'country'];

function columnOf(heading: string): TargetColumn | null {
  const h = heading.toLowerCase();
  if (/e-?mail|courriel|correo/.test(h)) return 'email';
  if (/acronym|abbreviation|short/.test(h)) return 'acronym';
  if (/country|pays|pa[ií]s/.test(h)) return 'country';
  if (/name|organi[sz]ation|nom|nombre/.test(h)) return 'name';
  return null;
}

/** A pasted list may come without a header: then the columns are name, email, acronym, country. */
function withHeader(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  if (!first.includes('@')) return text;
  const delimiter = [',', ';', '\t'].reduce((best, d) => (first.split(d).length > first.split(best).length ? d : best));
  return `${positional.join(delimiter)}\n${text}`;
}

function readRow(cells: string[], columns: (TargetColumn | null)[], lineNumber: number): TargetRow {
  const cell = (c: TargetColumn) => {
    const i = columns.indexOf(c);
    return i < 0 ? '' : (cells[i] ?? '');
  };
  const errors: string[] = [];
  const rawFields = [cell('name'), cell('email'), cell('acronym'), cell('country')];
  if (rawFields.some(hasForbiddenChars)) errors.push('Remove invisible control or text-direction characters.');
  const name = cleanText(cell('name'));
  const email = cell('email').trim();
  const acronym = cleanText(cell('acronym')) || null;
  if (!name) errors.push('Enter the organization’s name.');
  else if (name.length > limits.displayName) errors.push(`The name must be at most ${limits.displayName} characters.`);
  if (!email) errors.push('Enter a contact email address.');
  else if (email.length > limits.email || !emailCheck.safeParse(email).success) errors.push(`“${email}” is not a valid email address.`);
  if (acronym && acronym.length > limits.acronym) errors.push(`The acronym must be at most ${limits.acronym} characters.`);
  let country: string | null = null;
  const place = cleanText(cell('country'));
  if (place) {
    const match = matchCountry(place, { codes: 'all' });
    if (match?.code) country = match.code;
    else if (!match?.international) errors.push(`“${place}” is not a country we recognize.`);
  }
  return {
    lineNumber,
    name,
    email,
    acronym,
    country,
    normalizedName: normalizeName(name),
    canonicalEmail: email ? canonicalEmail(email) : '',
    errors,
    duplicate: null,
  };
}

/**
 * Reads pasted text or an uploaded CSV of target organizations with the import's CSV reader
 * and country names, and flags each row's errors and duplicates (same address or same
 * normalized name, in the list or among the campaign's targets).
 */
export function parseTargets(text: string, existing: ExistingTargets): TargetRow[] {
  const table = readCsv(withHeader(text.trim()));
  const guessed = table.headers.map(columnOf);
  const columns = guessed.includes('name') && guessed.includes('email') ? guessed : positional;
  const rows = columns === positional ? [{ cells: table.headers, lineNumber: 1 }, ...table.rows] : table.rows;
  const seenEmails = new Set<string>();
  const seenNames = new Set<string>();
  return rows.slice(0, MAX_TARGETS_AT_ONCE).map(({ cells, lineNumber }) => {
    const row = readRow(cells, columns, lineNumber);
    if (row.errors.length > 0) return row;
    if (existing.emails.has(row.canonicalEmail) || existing.names.has(row.normalizedName)) row.duplicate = 'existing';
    else if (seenEmails.has(row.canonicalEmail) || seenNames.has(row.normalizedName)) row.duplicate = 'in-list';
    seenEmails.add(row.canonicalEmail);
    seenNames.add(row.normalizedName);
    return row;
  });
}

export const isAddable = (row: TargetRow) => row.errors.length === 0 && row.duplicate === null;
