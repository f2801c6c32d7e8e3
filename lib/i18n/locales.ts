/**
 * The languages the interface speaks. English is the fallback for every message a catalog
 * lacks (Arabic is partial on purpose: a missing key reads in English, never as a key name).
 */
export const locales = ['en', 'fr', 'es', 'ko', 'ar'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value);

/** A language's own name for itself, as a switcher shows it (readers look for their own). */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ko: '한국어',
  ar: 'العربية',
};

const rightToLeft = new Set<Locale>(['ar']);

export const textDirection = (locale: string): 'ltr' | 'rtl' => (rightToLeft.has(locale as Locale) ? 'rtl' : 'ltr');

/** A stored or submitted language tag as a supported locale; anything else reads as English. */
export const toLocale = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);
