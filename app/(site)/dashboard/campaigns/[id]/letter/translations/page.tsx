import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Letter } from '@/components/letters/letter';
import { TranslationsSection } from '@/components/letters/translations-section';
import { getLetterForEditing } from '@/lib/campaigns/coordinator-queries';
import { letterEditable } from '@/lib/campaigns/lifecycle';
import { getLetterTranslations } from '@/lib/letters/translations';
import { loadCampaignTab } from '../../load-tab';
import { saveTranslationAction } from './actions';

export const metadata: Metadata = { title: 'Translations of the letter' };

/** The letter's other languages, each edited beside the original with a live preview. */
export default async function TranslationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { found: { campaign, letter } } = await loadCampaignTab(params, '/letter/translations', getLetterForEditing);
  const t = await getTranslations({ locale: 'en', namespace: 'editor' });
  const originalName = new Intl.DisplayNames(['en'], { type: 'language' }).of(campaign.language) ?? campaign.language;
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href={`/dashboard/campaigns/${campaign.id}/letter`}>← {t('backToOriginal')}</Link>
      </p>
      {letterEditable(campaign.status) ? (
        <TranslationsSection
          action={saveTranslationAction}
          campaignId={campaign.id}
          originalLanguage={campaign.language}
          currentVersion={campaign.currentVersion}
          translations={await getLetterTranslations(campaign.id)}
          original={letter}
        >
          <details className="card mb-6">
            <summary className="cursor-pointer font-medium">{t('original', { language: originalName })}</summary>
            <div className="mt-4">
              <Letter letter={letter} lang={campaign.language} />
            </div>
          </details>
        </TranslationsSection>
      ) : (
        <>
          <h1 className="font-serif text-2xl font-semibold mb-2">{t('translationsHeading')}</h1>
          <p>{t('final')}</p>
        </>
      )}
    </div>
  );
}
