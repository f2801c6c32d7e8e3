import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { countryCodes } from '../lists/countries';

countries.registerLocale(en);

/**
 * How pasted lists spell countries, beyond the registry's own names and aliases. Lists
 * written by hand use short forms, old names and spellings from other languages.
 */
const variants: Record<string, string[]> = {
  GB: ['Great Britain', 'Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  US: ['United States of America', 'United States'],
  KR: ['South Korea', 'Republic of Korea', 'Korea Republic of', 'Korea', 'Korea South'],
  KP: ['North Korea', "Democratic People's Republic of Korea", 'Korea North'],
  TL: ['Timor Leste', 'East Timor', 'Timor-Leste'],
  GM: ['The Gambia', 'Gambia'],
  PE: ['Perú', 'Peru'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire", 'Ivory Coast', 'Cote dIvoire'],
  CD: ['Congo DRC', 'Congo (DRC)', 'Congo (Kinshasa)', 'Congo (Democratic Republic)', 'DR Congo', 'D.R. Congo', 'DR of Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa', 'Congo Kinshasa'],
  CG: ['Congo', 'Congo (Brazzaville)', 'Congo (Republic)', 'Congo-Brazzaville', 'Congo Brazzaville', 'Republic of Congo', 'Republic of the Congo'],
  MM: ['Burma', 'Myanmar', 'Myanmar (Burma)'],
  CZ: ['Czech Republic', 'Czechia'],
  TR: ['Türkiye', 'Turkiye', 'Turkey'],
  PS: ['Palestine', 'State of Palestine', 'Occupied Palestinian Territory', 'Occupied Palestinian Territories', 'Palestinian Territories', 'Palestinian Territory', 'Gaza', 'West Bank'],
  SZ: ['Swaziland', 'Eswatini', 'eSwatini', 'Kingdom of Eswatini'],
  MK: ['Macedonia', 'North Macedonia', 'Republic of North Macedonia', 'FYROM'],
  CV: ['Cape Verde', 'Cabo Verde'],
  VA: ['Vatican', 'Vatican City', 'Holy See', 'Vatican City State'],
  RU: ['Russia', 'Russian Federation'],
  IR: ['Iran', 'Islamic Republic of Iran', 'Iran Islamic Republic of'],
  SY: ['Syria', 'Syrian Arab Republic'],
  LA: ['Laos', 'Lao PDR', 'Lao'],
  VN: ['Vietnam', 'Viet Nam'],
  BO: ['Bolivia', 'Plurinational State of Bolivia'],
  VE: ['Venezuela', 'Bolivarian Republic of Venezuela'],
  TZ: ['Tanzania', 'United Republic of Tanzania'],
  MD: ['Moldova', 'Republic of Moldova'],
  AE: ['United Arab Emirates', 'Emirates'],
  BN: ['Brunei', 'Brunei Darussalam'],
  BA: ['Bosnia', 'Bosnia and Herzegovina', 'Bosnia & Herzegovina', 'Bosnia-Herzegovina'],
  TT: ['Trinidad and Tobago', 'Trinidad & Tobago'],
  AG: ['Antigua and Barbuda', 'Antigua & Barbuda'],
  KN: ['Saint Kitts and Nevis', 'St Kitts and Nevis', 'St. Kitts and Nevis'],
  LC: ['Saint Lucia', 'St Lucia', 'St. Lucia'],
  VC: ['Saint Vincent and the Grenadines', 'St Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
  ST: ['Sao Tome and Principe', 'São Tomé and Príncipe', 'Sao Tome & Principe'],
  FM: ['Micronesia', 'Federated States of Micronesia'],
  NL: ['Netherlands', 'The Netherlands'],
  PH: ['Philippines', 'The Philippines'],
  BS: ['Bahamas', 'The Bahamas'],
  CN: ["People's Republic of China", 'China'],
  TW: ['Taiwan', 'Republic of China'],
  HK: ['Hong Kong', 'Hong Kong SAR', 'Hong Kong SAR China'],
  MO: ['Macau', 'Macao', 'Macau SAR', 'Macao SAR'],
  PR: ['Puerto Rico'],
  GL: ['Greenland'],
  EH: ['Western Sahara', 'Sahrawi Arab Democratic Republic'],
  XK: ['Kosovo'],
  VG: ['British Virgin Islands'],
  VI: ['US Virgin Islands', 'U.S. Virgin Islands'],
  FK: ['Falkland Islands', 'Falklands', 'Malvinas'],
  KG: ['Kyrgyzstan', 'Kyrgyz Republic'],
  SK: ['Slovakia', 'Slovak Republic'],
};

/** Upper-case short forms, matched case-sensitively so "us" or "Car" in a name never become countries. */
const abbreviations: Record<string, string> = {
  UK: 'GB',
  GB: 'GB',
  US: 'US',
  USA: 'US',
  UAE: 'AE',
  DRC: 'CD',
  OPT: 'PS',
  PRC: 'CN',
  ROK: 'KR',
  DPRK: 'KP',
  RSA: 'ZA',
  PNG: 'PG',
  BiH: 'BA',
  KSA: 'SA',
  NZ: 'NZ',
};

/** The nations of the United Kingdom: mapped to GB, flagged so a coordinator can check. */
const ukNations = ['England', 'Scotland', 'Wales', 'Northern Ireland'];

/** Words that say "no single country" (SPEC §4: international). */
const internationalWords = new Set(['international', 'global', 'worldwide', 'world wide', 'regional', 'multiple countries', 'various', 'n a', 'na', 'none']);

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
const otherLanguages = ['es', 'fr', 'pt', 'de', 'it'];

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
  for (const name of ukNations) add(name, 'GB', true, true);
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
const connectives = new Set([
  'of', 'for', 'in', 'on', 'from', 'and', 'the', 'to', 'with', 'about', 'across', 'around', 'within', 'at', 'by',
  'de', 'du', 'des', 'del', 'la', 'le', 'pour', 'en', 'para', 'por', 'do', 'da', 'dos', 'das', 'y', 'et', 'e',
  'und', 'für', 'fur', 'van', 'voor', 'in', 'an', 'a', 'new', 'south', 'north', 'east', 'west', 'central',
]);

export type CountryMatch = { code: string | null; regionMapped: boolean; international: boolean };

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
const unrecognisedPlaces = [
  'Kashmir', 'Jammu and Kashmir', 'Tibet', 'Kurdistan', 'Iraqi Kurdistan', 'Rojava', 'Catalonia', 'Basque Country',
  'Somaliland', 'Transnistria', 'Abkhazia', 'South Ossetia', 'Northern Cyprus', 'Crimea', 'Donbas', 'West Papua',
  'Papua', 'Zanzibar', 'Biafra', 'Quebec', 'Bougainville', 'Balochistan', 'Baluchistan', 'Xinjiang', 'East Turkestan',
  'Nagorno-Karabakh', 'Artsakh', 'Ambazonia', 'Cabinda', 'Kanaky', 'Sápmi', 'Sapmi', 'Chechnya',
].map(placeKey);
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

const organizationWords =
  /\b(?:justice|development|rights|peace|environment\w*|human|action|society|network|foundation|association|council|cent(?:re|er)|institute|alliance|coalition|group|union|trust|fund|forum|initiative|project|movement|committee|commission|watch|friends|women|youth|health|education|law|legal|policy|research|studies|services|people|rivers?|water|land|climate|earth|church|mission|campaign|partners?|solidarity|aid|relief|care|support|voice|voices)\b/i;

/** A short capitalised phrase that reads like a place: kept in the name, flagged for review. */
export function looksLikePlace(text: string): boolean {
  const t = text.trim();
  if (unrecognisedSet.has(placeKey(t))) return true;
  if (!t || t.length > 40 || organizationWords.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 2) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  // Legal forms and acronyms are part of names, not places.
  if (/^(?:inc|ltd|llc|llp|plc|gmbh|ggmbh|e\.?v|ev|ngo|asbl|cic|co|corp|s\.?a|a\.?c|ong|ag|bv|nv|oy|ab|as)\.?$/i.test(t)) return false;
  if (/^[\p{Lu}\p{N}&.\-]+$/u.test(t) && words.length === 1) return false;
  return true;
}
