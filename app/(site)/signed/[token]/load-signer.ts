import 'server-only';
import { getTranslations } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/locales';
import { getSignerStatus } from '@/lib/sign-ons/queries';
import { openPrivateLink, type PrivateLinkParams } from '@/app/private-link';

/** A signer's own pages: their sign-on, and the words of the language they signed in. */
export async function loadSignerPage(params: PrivateLinkParams) {
  const { token, found: signOn } = await openPrivateLink(params, getSignerStatus);
  const locale = toLocale(signOn.locale);
  const t = await getTranslations({ locale, namespace: 'signed' });
  return { token, signOn, locale, t };
}
