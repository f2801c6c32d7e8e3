import type { Locale } from '@/lib/i18n/locales';
import { translatorFor, type Translator } from '@/lib/i18n/translator';

/** A message of the email catalog, by its key. */
export type EmailMessageKey = Parameters<Translator<'email'>>[0];

/** The subject line of an email about one letter: a catalog message that names it by its title. */
export const letterSubject =
  (key: EmailMessageKey) =>
  ({ campaignTitle, locale = 'en' }: { campaignTitle: string; locale?: Locale }) =>
    translatorFor(locale, 'email')(key, { title: campaignTitle });
