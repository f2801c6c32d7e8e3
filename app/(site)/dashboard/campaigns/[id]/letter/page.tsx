import type { Metadata } from 'next';
import { LetterEditor } from '@/components/letters/letter-editor';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { saveLetterAction } from '@/app/dashboard/actions';
import { getLetterForEditing } from '@/lib/campaigns/coordinator-queries';
import { letterEditable } from '@/lib/campaigns/lifecycle';
import { getLetterTranslations } from '@/lib/letters/translations';
import { loadCampaignTab } from '../load-tab';

export const metadata: Metadata = { title: 'Edit the letter' };

export default async function LetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { found: { campaign, letter } } = await loadCampaignTab(params, '/letter', getLetterForEditing);
  return (
    <div>
      <h1 className="font-serif text-2xl font-semibold mb-2">Letter</h1>
      <p className="mb-6 text-sm text-muted">
        {campaign.status === 'draft'
          ? 'While the campaign is a draft, saving replaces the text. Once it opens, every save becomes a numbered version.'
          : `Current version: ${campaign.currentVersion}. Each save makes a new version.`}
      </p>
      {letterEditable(campaign.status) ? (
        <LetterEditor
          action={saveLetterAction}
          campaignId={campaign.id}
          isDraft={campaign.status === 'draft'}
          slug={campaign.slug}
          language={campaign.language}
          currentVersion={campaign.currentVersion}
          initial={{
            title: letter.title,
            dateLine: letter.dateLine,
            addressees: letter.addressees,
            body: letter.body,
            closing: letter.closing,
            cc: letter.cc,
            individualsFootnote: letter.individualsFootnote,
          }}
        />
      ) : (
        <p>The list is final, so the letter can no longer change.</p>
      )}
      {letterEditable(campaign.status) && <TranslationsLink campaignId={campaign.id} />}
    </div>
  );
}

/** Where the letter's other languages are edited, with how many are outdated. */
async function TranslationsLink({ campaignId }: { campaignId: string }) {
  const t = await getTranslations({ locale: 'en', namespace: 'editor' });
  const translations = await getLetterTranslations(campaignId);
  const outdated = translations.filter((tr) => tr.outdated).length;
  return (
    <p className="mt-8 card">
      <Link href={`/dashboard/campaigns/${campaignId}/letter/translations`}>{t('translationsLink', { count: translations.length })}</Link>
      {outdated > 0 && <span className="text-bad"> {t('outdatedCount', { count: outdated })}</span>}
    </p>
  );
}
