import countries from 'i18n-iso-countries';

/** ISO 3166-1 alpha-2 codes known to the registry (the library only supplies the codes). */
export const countryCodes: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();
const codeSet = new Set(countryCodes);

export const isCountryCode = (code: string) => codeSet.has(code);

const displayNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the letter's language, so "UK" and "United Kingdom" never both appear. */
export function countryName(code: string | null | undefined, language = 'en'): string | null {
  if (!code) return null;
  let names = displayNames.get(language);
  if (!names) {
    try {
      names = new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    }
    displayNames.set(language, names);
  }
  return names.of(code) ?? code;
}

const sortedOptions = new Map<string, readonly { code: string; name: string }[]>();

/** Every country, sorted by its name in the given language, for pickers (built once per language). */
export function countryOptions(language = 'en'): readonly { code: string; name: string }[] {
  let options = sortedOptions.get(language);
  if (!options) {
    const collator = new Intl.Collator(language);
    options = countryCodes
      .map((code) => ({ code, name: countryName(code, language) ?? code }))
      .sort((a, b) => collator.compare(a.name, b.name));
    sortedOptions.set(language, options);
  }
  return options;
}

export const INTERNATIONAL_LABEL = 'International';
