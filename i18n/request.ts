import { getRequestConfig } from 'next-intl/server';
import { defaultLocale, toLocale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';

/**
 * No routing middleware: each page passes its locale explicitly (setRequestLocale or
 * getTranslations({ locale })), taken from its URL, so nothing depends on the request's
 * headers and public pages stay cached.
 */
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const locale = toLocale(explicit ?? (await requestLocale) ?? defaultLocale);
  return { locale, messages: messagesFor(locale), timeZone: 'UTC' };
});
