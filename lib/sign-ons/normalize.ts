/** Trim and collapse whitespace, keep everything else exactly as typed (SPEC §4). */
export function cleanText(value: string): string {
  // A lone surrogate cannot be stored as UTF-8 (nor in jsonb): it becomes U+FFFD, as a
  // decoder would have made it of the bytes it came from.
  return value.toWellFormed().normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * C0/C1 controls other than tab, line feed and carriage return, and the bidi embeddings,
 * overrides and isolates that can make a name display as something else. PostgreSQL cannot
 * store NUL in text at all.
 */
export const forbiddenChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
export const hasForbiddenChars = (s: string) => forbiddenChars.test(s);
export const forbiddenCharsMessage = 'Remove invisible control or text-direction characters.';

/**
 * The duplicate key for names: case, accents, punctuation and a leading "The" ignored.
 * Letters of every script are kept, so "국제앰네스티" still has a key.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/u, '');
}

/**
 * The address that identifies a person: lower-cased, and for Gmail the dots and "+tag"
 * that deliver to the same inbox are dropped.
 */
export function canonicalEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1);
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') local = local.replace(/\./g, '');
  local = local.replace(/\+.*$/, '');
  return `${local}@${domain}`;
}

export const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();
