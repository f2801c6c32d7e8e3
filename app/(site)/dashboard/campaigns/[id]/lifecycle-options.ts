import { transitionCampaignAction } from '@/app/dashboard/actions';
import { translatorFor } from '@/lib/i18n/translator';
import { getOutdatedTranslationLocales } from '@/lib/letters/translations';
import { transitionWithTranslationsAction } from './lifecycle-actions';

/**
 * The lifecycle buttons' action: the plain transition, or, while some translation lags behind
 * the original, one that asks before publishing it.
 */
export async function lifecycleOptions(campaignId: string) {
  const outdated = await getOutdatedTranslationLocales(campaignId);
  if (outdated.length === 0) return { action: transitionCampaignAction };
  const t = translatorFor('en', 'editor');
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  return {
    action: transitionWithTranslationsAction,
    outdatedTranslations: { question: t('outdatedConfirm', { languages: outdated.map((l) => names.of(l) ?? l).join(', ') }), answer: t('publishAnyway') },
  };
}
