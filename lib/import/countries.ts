import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { countryCodes } from '../lists/countries';
import { anyWord, isOneOf, lexicon } from './lexicon';

countries.registerLocale(en);

const { countryVariants: variants, countryAbbreviations: abbreviations, regionsOf } = lexicon;

/** Words that say "no single country" (SPEC §4: international). */
const internationalWords = new Set(lexicon.internationalWords);
/** Words that say the country is not known: never read as international. */
const unknownWords = new Set(lexicon.unknownCountryWords);

/** Case-, accent- and punctuation-insensitive form of a place name. */
export function placeKey(text: string): string {
  // Most keys are plain ASCII words: skip the Unicode normalization for them.
  if (/^[A-Za-z]+$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type Place = { code: string; regionMapped: boolean };

const byKey = new Map<string, Place>();
let longestKey = 1;

function add(name: string, code: string, regionMapped = false, override = false) {
  const key = placeKey(name);
  if (!key) return;
  if (!override && byKey.has(key)) return;
  byKey.set(key, { code, regionMapped });
  longestKey = Math.max(longestKey, key.split(' ').length);
}

/** Languages whose country names are also recognised, after English ("Brasil", "Deutschland"). */
const otherLanguages = lexicon.countryNameLanguages;

function addNames(code: string, names: readonly string[]) {
  for (const name of names) {
    // Registry short forms ("US", "UK") go through the case-sensitive table instead.
    if (/^[A-Z.]+$/.test(name) && name.replace(/\./g, '').length <= 4) continue;
    add(name, code);
    // "Korea, Republic of" → "Korea"; "Holy See (Vatican City State)" → "Holy See".
    const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    if (bare !== name) add(bare, code);
    const comma = name.indexOf(',');
    if (comma > 0) add(name.slice(0, comma), code);
    // "Congo - Kinshasa": the display form minus its qualifier.
    const dash = name.split(' - ');
    if (dash.length === 2) add(dash[0]!, code);
  }
}

function build() {
  const known = new Set(countryCodes);
  // The project's own variants decide ambiguous short names ("Congo").
  for (const [code, names] of Object.entries(variants)) {
    if (!known.has(code)) continue;
    for (const name of names) add(name, code, false, true);
  }
  for (const [code, regions] of Object.entries(regionsOf)) for (const name of regions) add(name, code, true, true);
  const all = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const shown = (language: string) => {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    return (code: string) => {
      const name = display.of(code);
      return name && name !== code ? [name] : [];
    };
  };
  // English first, so another language's spelling never takes over an English name.
  const english = shown('en');
  for (const code of countryCodes) addNames(code, [...(all[code] ?? []), ...english(code)]);
  for (const language of otherLanguages) {
    const local = shown(language);
    for (const code of countryCodes) addNames(code, local(code));
  }
}
build();

/** Words before a trailing country that make the country part of the name ("Friends of Nepal"). */
const connectives = new Set(lexicon.connectives);

/**
 * `international`: words that mean no single country. `unknown`: words that say the country
 * is not known, which stay flagged rather than becoming international.
 */
export type CountryMatch = { code: string | null; regionMapped: boolean; international: boolean; unknown?: boolean };

/** Upper-case forms like "U.S.A." or "UK", compared without dots and spaces. */
function matchAbbreviation(text: string): string | null {
  const compact = text.replace(/[.\s]/g, '');
  return Object.hasOwn(abbreviations, compact) ? abbreviations[compact]! : null;
}

/**
 * The country a whole field names ("Kenya", "U.K.", "Côte d'Ivoire", "KE"), or null.
 * `international` is true for words that mean no single country.
 */
/**
 * Which ISO codes count as a country: none on a line of its own; alpha-2 after a separator;
 * alpha-3 as well only in a column known to hold countries, since "FRA" or "ARE" after a
 * dash is more likely an acronym.
 */
export type CodePolicy = 'none' | 'alpha2' | 'all';

export function matchCountry(field: string, { codes = 'alpha2' }: { codes?: CodePolicy } = {}): CountryMatch | null {
  if (field.length > 80) return null;
  const text = field.trim().replace(/^\((.*)\)$/, '$1').replace(/[;:,]+$/, '').trim();
  if (!text) return null;
  const abbreviation = matchAbbreviation(text);
  if (abbreviation) return { code: abbreviation, regionMapped: false, international: false };
  if (codes !== 'none' && /^[A-Z]{2}$/.test(text) && countryCodes.includes(text)) {
    return { code: text, regionMapped: false, international: false };
  }
  if (codes === 'all' && /^[A-Z]{3}$/.test(text)) {
    const code = countries.alpha3ToAlpha2(text);
    if (code) return { code, regionMapped: false, international: false };
  }
  const key = placeKey(text);
  const place = byKey.get(key);
  if (place) return { code: place.code, regionMapped: place.regionMapped, international: false };
  if (internationalWords.has(key)) return { code: null, regionMapped: false, international: true };
  if (unknownWords.has(key)) return { code: null, regionMapped: false, international: false, unknown: true };
  return null;
}

export type TrailingCountry = { code: string; regionMapped: boolean; start: number };

/**
 * A country written at the very end of a line with no separator ("Example Alliance USA").
 * The longest name that ends the line wins ("South Sudan" before "Sudan"); it is taken only
 * when it starts with a capital, leaves a name before it, and does not follow a word that
 * makes it part of the name ("Friends of Nepal", "Bank of England").
 */
export function matchTrailingCountry(text: string): TrailingCountry | null {
  const words = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*|&/gu)];
  if (words.length < 2) return null;
  const last = words[words.length - 1]!;
  // Anything after the last word other than closing punctuation means it is not a plain ending.
  if (/[^\s.)\]]/u.test(text.slice(last.index! + last[0].length))) return null;
  const most = Math.min(longestKey, words.length - 1);
  // Each word's key once; a tail's key is its words' keys joined (placeKey of the whole tail).
  const keys = words.slice(words.length - most).map((w) => placeKey(w[0]));
  for (let n = most; n >= 1; n--) {
    const first = words[words.length - n]!;
    const start = first.index!;
    // Inside parentheses it is the parentheses' business: "Name (Sri Lanka)".
    if (!/^[\p{Lu}&]/u.test(first[0]) || text[start - 1] === '(') continue;
    const tail = text.slice(start);
    let code: string | null = null;
    let regionMapped = false;
    const abbreviation = tail.length <= 8 ? matchAbbreviation(tail.replace(/\.$/, '')) : null;
    if (abbreviation) code = abbreviation;
    else {
      const place = byKey.get(keys.slice(keys.length - n).join(' '));
      if (place) ({ code, regionMapped } = place);
    }
    if (!code) continue;
    // "Democratic Republic of the Congo": the full name includes "the"; look before it.
    const before = words[words.length - n - 1]!;
    if (connectives.has(before[0].toLocaleLowerCase('en'))) return null;
    // A hyphen or slash joins the country to the word before it ("Kenya-Uganda").
    const lead = text.slice(Math.max(0, start - 8), start).trimEnd();
    if (/[-–—/&+]$/u.test(lead) && !/\s[-–—]$/u.test(lead)) return null;
    return { code, regionMapped, start };
  }
  return null;
}

/**
 * Places people write after a name that have no ISO code of their own. They stay in the
 * name and are flagged, so nobody's self-description is silently dropped.
 */
const unrecognisedPlaces = lexicon.unrecognisedPlaces.map(placeKey);
const unrecognisedSet = new Set(unrecognisedPlaces);
const longestUnrecognised = Math.max(...unrecognisedPlaces.map((k) => k.split(' ').length));

/** Index where a known place without an ISO code ends the text ("... Kashmir"), or -1. */
export function trailingUnrecognisedPlace(text: string): number {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  for (let n = Math.min(longestUnrecognised, words.length - 1); n >= 1; n--) {
    const start = words[words.length - n]!.index!;
    if (unrecognisedSet.has(placeKey(text.slice(start)))) return start;
  }
  return -1;
}

const organizationWords = anyWord([...lexicon.organizationWords, ...lexicon.causeWords]);
const legalForm = isOneOf(lexicon.legalForms);

/** The whole text is a place without an ISO code of its own ("Tibet", "West Papua"). */
export const isUnrecognisedPlace = (text: string) => unrecognisedSet.has(placeKey(text));

/** A short capitalised phrase that reads like a place: kept in the name, flagged for review. */
export function looksLikePlace(text: string): boolean {
  const t = text.trim();
  if (unrecognisedSet.has(placeKey(t))) return true;
  if (!t || t.length > 40 || organizationWords.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 2) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  // Legal forms and acronyms are part of names, not places.
  if (legalForm(t.replace(/\./g, '')) || legalForm(t)) return false;
  if (/^[\p{Lu}\p{N}&.\-]+$/u.test(t) && words.length === 1) return false;
  return true;
}
