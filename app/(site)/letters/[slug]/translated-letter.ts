import { notFound } from 'next/navigation';
import { showsCampaign } from '@/lib/campaigns/cache';
import { getLocalizedLetterPage } from '@/lib/campaigns/public-translations';
import { localizedLetterPath } from '@/lib/i18n/paths';

/** The letter in a language it has (else a 404), marked as shown so a change renews the page. */
export async function requireTranslatedLetter(slug: string, locale: string) {
  const shown = await getLocalizedLetterPage(slug, locale);
  if (!shown) notFound();
  await showsCampaign(shown.page.letter.id);
  const { original } = shown.languages;
  return { ...shown, letterHome: localizedLetterPath(shown.page.letter.slug, locale, original) };
}
