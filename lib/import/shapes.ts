// What a line looks like: a person's name, a title, an organization's, an acronym. The
// words come from the lexicon; the shapes (capitals, word counts, separators) are here.
import { anyWord, isOneOf, lexicon } from './lexicon';
import { ACRONYM_LIMIT, firstSeparated } from './text';

const organizationWords = anyWord([...lexicon.organizationWords, ...lexicon.affiliationWords]);
const titleWords = anyWord(lexicon.titleWords);
const isParticle = isOneOf(lexicon.nameParticles);
const isPostNominal = isOneOf(lexicon.postNominals);
const honorific = new RegExp(`^(?:${lexicon.honorifics.map((h) => h.replace(/\./g, '\\.')).join('|')})\\.?\\s+`, 'iu');

export const hasOrganizationWord = (text: string) => organizationWords.test(text);
/** A role or profession: "Professor", "Chairperson", "independent journalist". */
export const hasTitleWord = (text: string) => titleWords.test(text);
const affiliationWords = anyWord(lexicon.affiliationWords);
/** A title or an affiliation ("University of Example"): what follows a person's name. */
export const looksLikeTitle = (text: string) => titleWords.test(text) || affiliationWords.test(text);

/** "Dr. Jane Doe" → "Jane Doe". */
export const withoutHonorific = (text: string) => text.replace(honorific, '');

/** Two to five capitalised words, no organization words: reads like a person's name. */
export function looksLikePersonName(text: string): boolean {
  if (organizationWords.test(text) || /\d/.test(text)) return false;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || isParticle(w) || /^\p{Lo}/u.test(w));
}

/**
 * A line that is a person's name and nothing else, as lists print it: "Jane Doe",
 * "Dr. Jane Doe", "Jane Doe, Baroness", "Min-jun Park, Ph.D.". Not a title ("Senior
 * Researcher") and not an organization.
 */
export function isPersonName(text: string): boolean {
  if (text.length > 80) return false;
  const parts = text.split(/\s*,\s*/);
  const name = withoutHonorific(parts[0]!.trim());
  if (!parts.slice(1).every((p) => isPostNominal(p.replace(/\./g, '')) || isPostNominal(p))) return false;
  return looksLikePersonName(name) && !hasTitleWord(name);
}

/** "Jane Doe – Lawyer", "Jane Doe, Professor of Law": a person with the title on the same line. */
export function isPersonWithTitle(text: string): boolean {
  const split = firstSeparated(text);
  return !!split && isPersonName(split.head) && hasTitleWord(split.tail);
}

/** The name part of a person's line: post-nominals stay with it ("Jane Doe, Baroness"). */
export function personNameLength(text: string): number {
  const parts = text.split(/(?=\s*,\s*)/);
  let length = parts[0]!.length;
  for (const part of parts.slice(1)) {
    const word = part.replace(/^\s*,\s*/, '');
    if (!(isPostNominal(word.replace(/\./g, '')) || isPostNominal(word))) break;
    length += part.length;
  }
  return length;
}

/** "HRW", "FoEI", "CEJAD-K": a short token with at least two capitals and no spaces. */
export function looksLikeAcronym(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > ACRONYM_LIMIT || /\s/.test(t)) return false;
  if (!/^[\p{L}\p{N}&.\-/'+]+$/u.test(t) || !/^\p{Lu}/u.test(t)) return false;
  const letters = t.match(/\p{L}/gu) ?? [];
  const capitals = t.match(/\p{Lu}/gu) ?? [];
  return capitals.length >= 2 && capitals.length * 2 >= letters.length;
}
