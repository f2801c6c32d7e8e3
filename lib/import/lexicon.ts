/**
 * The words the import reads lists with, as data: which words make a line an organization,
 * a title, an honorific, a country. Another language is another `Lexicon`; the parser and
 * the country matcher compile whichever they are given and hold no word lists of their own.
 */
export type Lexicon = {
  /** Kinds of organizations: a line with one of these is not a person's name. */
  organizationWords: readonly string[];
  /** Causes and themes organizations name themselves after; never a place's name. */
  causeWords: readonly string[];
  /** Places of work an affiliation names ("University of ..."), counted as organizations. */
  affiliationWords: readonly string[];
  /** Roles and professions: a line with one of these is a title, not a name. */
  titleWords: readonly string[];
  /** Written before a name ("Dr. Jane Doe"). */
  honorifics: readonly string[];
  /** Written after a name and a comma ("Jane Doe, Baroness"); part of the name as printed. */
  postNominals: readonly string[];
  /** Small words inside personal names ("van", "bin"). */
  nameParticles: readonly string[];
  /** Legal forms that end organization names ("Inc.", "e.V."). */
  legalForms: readonly string[];
  /** Say "no single country" (SPEC §4: international). */
  internationalWords: readonly string[];
  /** Say the country is not known: the entry stays flagged until a coordinator decides. */
  unknownCountryWords: readonly string[];
  /** Spellings of countries beyond the ISO registry's, by ISO 3166-1 alpha-2 code. */
  countryVariants: Readonly<Record<string, readonly string[]>>;
  /** Upper-case short forms, matched case-sensitively ("US", never "us"). */
  countryAbbreviations: Readonly<Record<string, string>>;
  /** Regions read as a country and flagged so a coordinator can check (here: GB's nations). */
  regionsOf: Readonly<Record<string, readonly string[]>>;
  /** Places people write that have no ISO code: kept in the text and flagged. */
  unrecognisedPlaces: readonly string[];
  /** Words before a trailing country that make it part of the name ("Friends of Nepal"). */
  connectives: readonly string[];
  /** Other languages whose country names are recognised too (Intl display names). */
  countryNameLanguages: readonly string[];
};

export const english: Lexicon = {
  organizationWords: [
    'foundation', 'association', 'council', 'centre', 'center', 'institute', 'alliance', 'coalition', 'group', 'union',
    'trust', 'fund', 'forum', 'initiative', 'project', 'movement', 'committee', 'commission', 'watch', 'friends', 'network',
    'society', 'collective', 'federation', 'league', 'organisation', 'organization', 'campaign', 'partners', 'ngo', 'action',
    'coop', 'cooperative', 'inc', 'ltd', 'llc', 'e.v', 'church', 'mission', 'rights', 'justice', 'international', 'platform',
    'observatory', 'clinic', 'lab', 'media', 'press', 'club', 'agency', 'bureau', 'office', 'ministry', 'secretariat',
    'commons', 'keepers', 'guardians', 'defenders', 'assembly', 'circle', 'hub', 'chapter', 'consortium', 'caucus',
    'cooperative', 'guild', 'syndicate', 'sisterhood', 'brotherhood', 'collaborative', 'programme', 'program', 'services',
  ],
  causeWords: [
    'justice', 'development', 'rights', 'peace', 'environment', 'environmental', 'human', 'action', 'women', 'youth', 'health',
    'education', 'law', 'legal', 'policy', 'research', 'studies', 'services', 'people', 'river', 'rivers', 'water', 'land',
    'climate', 'earth', 'solidarity', 'aid', 'relief', 'care', 'support', 'voice', 'voices',
  ],
  affiliationWords: ['university', 'universidad', 'université', 'universität', 'college', 'school', 'institute', 'faculty', 'department', 'academy', 'hospital'],
  titleWords: [
    'prof', 'professor', 'dr', 'director', 'executive', 'chair', 'chairperson', 'chairman', 'chairwoman', 'president', 'vice',
    'founder', 'co-founder', 'cofounder', 'coordinator', 'member', 'former', 'lecturer', 'researcher', 'fellow', 'rapporteur',
    'lawyer', 'attorney', 'advocate', 'activist', 'journalist', 'author', 'writer', 'ceo', 'head', 'senior', 'associate',
    'assistant', 'secretary', 'minister', 'mp', 'mep', 'senator', 'officer', 'manager', 'consultant', 'expert', 'scholar',
    'student', 'phd', 'candidate', 'independent', 'retired', 'emeritus', 'dean', 'editor', 'artist', 'doctor', 'nurse',
    'teacher', 'pastor', 'rev', 'reverend', 'bishop', 'imam', 'rabbi', 'chief', 'leader', 'campaigner', 'organiser',
    'organizer', 'defender', 'specialist', 'adviser', 'advisor', 'analyst', 'scientist', 'economist', 'historian',
    'sociologist', 'anthropologist', 'engineer', 'filmmaker', 'photographer', 'poet', 'farmer', 'fisher', 'fisherman',
    'elder', 'representative', 'spokesperson', 'trustee', 'board', 'staff', 'volunteer', 'judge', 'mayor', 'councillor',
    'councilor', 'architect', 'biologist', 'ecologist', 'hydrologist', 'physician', 'priest', 'sister', 'ambassador',
    'commissioner', 'governor', 'deputy', 'partner', 'lead', 'principal', 'programme', 'program', 'resident', 'citizen',
  ],
  honorifics: ['dr', 'prof', 'rev', 'mr', 'mrs', 'ms', 'mx', 'hon', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'h.e', 'fr', 'sr', 'br', 'imam', 'rabbi', 'sheikh', 'chief', 'pastor', 'bishop'],
  postNominals: [
    'phd', 'ph.d', 'dphil', 'md', 'm.d', 'mp', 'mep', 'msp', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'qc', 'kc', 'sc', 'san', 'esq',
    'jr', 'sr', 'ii', 'iii', 'iv', 'frs', 'msc', 'ma', 'ba', 'llm', 'llb', 'mph', 'rn', 'baroness', 'baron', 'lord', 'lady',
    'dame', 'sir', 'emeritus', 'ret', 'retd',
  ],
  nameParticles: ['de', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'bin', 'binti', 'ibn', 'al', 'el', 'y', 'e', 'st', 'st.'],
  legalForms: ['inc', 'ltd', 'llc', 'llp', 'plc', 'gmbh', 'ggmbh', 'e.v', 'ev', 'ngo', 'asbl', 'cic', 'co', 'corp', 's.a', 'sa', 'a.c', 'ac', 'ong', 'ag', 'bv', 'nv', 'oy', 'ab', 'as'],
  internationalWords: ['international', 'global', 'worldwide', 'world wide', 'regional', 'multiple countries', 'various', 'n a', 'na', 'none'],
  unknownCountryWords: ['unknown', 'not known', 'not specified', 'unspecified', 'not given', 'tbc', 'tbd'],
  countryVariants: {
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
  },
  countryAbbreviations: {
    UK: 'GB', GB: 'GB', US: 'US', USA: 'US', UAE: 'AE', DRC: 'CD', OPT: 'PS', PRC: 'CN', ROK: 'KR', DPRK: 'KP', RSA: 'ZA',
    PNG: 'PG', BiH: 'BA', KSA: 'SA', NZ: 'NZ',
  },
  regionsOf: { GB: ['England', 'Scotland', 'Wales', 'Northern Ireland'] },
  unrecognisedPlaces: [
    'Kashmir', 'Jammu and Kashmir', 'Tibet', 'Kurdistan', 'Iraqi Kurdistan', 'Rojava', 'Catalonia', 'Basque Country',
    'Somaliland', 'Transnistria', 'Abkhazia', 'South Ossetia', 'Northern Cyprus', 'Crimea', 'Donbas', 'West Papua',
    'Papua', 'Zanzibar', 'Biafra', 'Quebec', 'Bougainville', 'Balochistan', 'Baluchistan', 'Xinjiang', 'East Turkestan',
    'Nagorno-Karabakh', 'Artsakh', 'Ambazonia', 'Cabinda', 'Kanaky', 'Sápmi', 'Sapmi', 'Chechnya',
  ],
  connectives: [
    'of', 'for', 'in', 'on', 'from', 'and', 'the', 'to', 'with', 'about', 'across', 'around', 'within', 'at', 'by',
    'de', 'du', 'des', 'del', 'la', 'le', 'pour', 'en', 'para', 'por', 'do', 'da', 'dos', 'das', 'y', 'et', 'e',
    'und', 'für', 'fur', 'van', 'voor', 'an', 'a', 'new', 'south', 'north', 'east', 'west', 'central',
  ],
  countryNameLanguages: ['es', 'fr', 'pt', 'de', 'it'],
};

/** The lexicon lists are read with (one language for now). */
export const lexicon: Lexicon = english;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `\b(?:w1|w2|…)\b`, case-insensitive: any of the words as a whole word. */
export function anyWord(words: readonly string[]): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** The whole text is one of the words, ignoring case and a final dot. */
export function isOneOf(words: readonly string[]): (text: string) => boolean {
  const set = new Set(words.map((w) => w.toLocaleLowerCase('en')));
  return (text: string) => set.has(text.trim().replace(/\.$/, '').toLocaleLowerCase('en'));
}
