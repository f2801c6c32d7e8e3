import { createHash } from 'node:crypto';
import { letterFieldNames, type LetterText } from './schemas';

/**
 * A fingerprint of the original's text as a translation was made from it: a draft's text
 * changes without a new version, and this tells its translations that it did.
 */
export function letterTextHash(text: LetterText): string {
  const hash = createHash('sha256');
  for (const field of letterFieldNames) hash.update(`${field}\u0000${text[field]}\u0000`, 'utf8');
  return hash.digest('hex');
}
