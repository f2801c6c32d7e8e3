// One entry's fields, read from the text of a line (or the lines of a block): name,
// acronym, title and country, with the flags a coordinator should look at.
import { cleanText } from '../sign-ons/normalize';
import { isUnrecognisedPlace, looksLikePlace, matchCountry, matchTrailingCountry, trailingUnrecognisedPlace, type CodePolicy } from './countries';
import { hasOrganizationWord, isPersonName, looksLikeAcronym, looksLikePersonName, looksLikeTitle, personNameLength } from './shapes';
import { ACRONYM_LIMIT, NAME_LIMIT, TITLE_LIMIT, firstSeparated, hasWord, lastSeparated, looksLikeSentence, stripEnd, stripEnds, trailingParenthetical } from './text';
import type { EntryKind, ImportFlag } from './types';

export type Fields = {
  kind: EntryKind;
  name: string;
  acronym: string | null;
  title: string | null;
  country: string | null;
  /** A country (or "international") was read, so a following country line is not this entry's. */
  countryGiven: boolean;
  flags: Set<ImportFlag>;
};

export function blank(kind: EntryKind): Fields {
  return { kind, name: '', acronym: null, title: null, country: null, countryGiven: false, flags: new Set() };
}

export type Place = { code: string | null; regionMapped: boolean; unknown?: boolean };

/** The one place an entry's country is set: from a field, a line of its own, or a heading. */
export function applyCountry(f: Fields, place: Place) {
  f.country = place.code;
  f.countryGiven = true;
  if (place.regionMapped) f.flags.add('region_mapped');
  // "Unknown" is not a decision: the coordinator still has to choose.
  if (place.unknown) f.flags.add('country_not_recognised');
}

/** Reads `text` as a whole country field and applies it; false when it names none. */
export function setCountry(f: Fields, text: string, codes: CodePolicy = 'alpha2'): boolean {
  const match = matchCountry(text, { codes });
  if (!match) return false;
  applyCountry(f, match);
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
export function takeParentheticals(f: Fields) {
  for (let i = 0; i < 2; i++) {
    const m = trailingParenthetical(f.name);
    if (!m) return;
    const { rest, inner } = m;
    if (!f.countryGiven && setCountry(f, inner)) f.name = rest;
    else if (f.kind === 'organization' && !f.acronym && looksLikeAcronym(inner)) {
      f.acronym = inner.trim();
      f.name = rest;
    } else {
      if (!f.countryGiven && !branchCountry(f, inner) && looksLikePlace(inner)) f.flags.add('country_not_recognised');
      return;
    }
  }
}

/** A country written after the name with no separator, or a place we know has no code. */
export function takeTrailingCountry(f: Fields) {
  if (f.countryGiven) return;
  const trailing = matchTrailingCountry(f.name);
  if (trailing) {
    applyCountry(f, trailing);
    f.name = stripEnd(f.name.slice(0, trailing.start));
    return;
  }
  if (trailingUnrecognisedPlace(f.name) > 0) f.flags.add('country_not_recognised');
}

/** An organization on one line: "Name (ACRO), Country", "Name – Country", "Name Country". */
export function parseOrganization(text: string): Fields {
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
  takeTrailingCountry(f);
  takeParentheticals(f);
  return f;
}

/** An individual: "Name, Title, Country", "Name – Title", "Name (Country)", "Jane Doe, Baroness". */
export function parseIndividual(text: string): Fields {
  const f = blank('individual');
  const head = text.slice(0, personNameLength(text));
  if (head.includes(',') && isPersonName(head)) {
    // Post-nominals belong to the name as printed.
    f.name = head;
    const rest = text.slice(head.length).replace(/^\s*[,;:–—-]\s*/u, '');
    if (rest) addTitleText(f, rest);
    return f;
  }
  const split = firstSeparated(text);
  f.name = split ? split.head : text;
  takeParentheticals(f);
  if (split) addTitleText(f, split.tail);
  return f;
}

/** Title / affiliation text for an individual; a country at its end becomes the country. */
export function addTitleText(f: Fields, text: string) {
  let title = text.trim();
  if (!f.countryGiven && title) title = takeTitleCountry(f, title);
  title = stripEnds(cleanText(title));
  if (!title) return;
  f.title = f.title ? `${f.title}, ${title}` : title;
}

function takeTitleCountry(f: Fields, title: string): string {
  if (setCountry(f, title)) return '';
  const split = lastSeparated(title);
  if (split && split.head.trim()) {
    if (setCountry(f, split.tail)) return split.head;
    if (isUnrecognisedPlace(split.tail)) f.flags.add('country_not_recognised');
  }
  const paren = trailingParenthetical(title);
  if (paren && setCountry(f, paren.inner)) return paren.rest;
  const trailing = matchTrailingCountry(title);
  if (!trailing) return title;
  applyCountry(f, trailing);
  return stripEnd(title.slice(0, trailing.start));
}

/** With no heading to say, "Jane Doe, Professor of Law" reads as an individual. */
export function guessKind(text: string, fallback: EntryKind): EntryKind {
  const split = firstSeparated(text);
  if (split && looksLikePersonName(split.head) && looksLikeTitle(split.tail)) return 'individual';
  if (/^(?:dr|prof|rev|mr|mrs|ms|mx|hon|sir|dame)\.?\s/i.test(text) && !hasOrganizationWord(text)) return 'individual';
  return fallback;
}

/** One line read as the kind given (or guessed). */
export function parseLine(text: string, kind: EntryKind): Fields {
  return kind === 'individual' ? parseIndividual(text) : parseOrganization(text);
}

/** The last cleaning and the SPEC §4 limits, past which a line was not an entry. */
export function finish(f: Fields): Fields {
  f.name = stripEnds(cleanText(f.name));
  if (f.title) f.title = cleanText(f.title);
  if (f.acronym) f.acronym = cleanText(f.acronym);
  if (f.kind === 'organization' && f.country) dropGivenCountry(f);
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

/** "RIVERWATCH-Mekong Thailand" given Thailand: the name does not keep the country it was given. */
function dropGivenCountry(f: Fields) {
  const trailing = matchTrailingCountry(f.name);
  if (!trailing || trailing.code !== f.country) return;
  const rest = stripEnd(f.name.slice(0, trailing.start));
  if (hasWord(rest)) f.name = rest;
}
