import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LetterEditor } from '@/components/letters/letter-editor';
import { TranslationsSection } from '@/components/letters/translations-section';
import { saveLetterAction } from '@/app/dashboard/actions';
import { getLetterForEditing } from '@/lib/campaigns/coordinator-queries';
import { letterEditable } from '@/lib/campaigns/lifecycle';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { getLetterTranslations } from '@/lib/letters/translations';
import { saveTranslationAction } from './translation-actions';

export const metadata: Metadata = { title: 'Edit the letter' };

export default async function LetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { me } = await requireCampaignPage(id, '/letter');
  const found = await getLetterForEditing(id, me.id);
  if (!found) notFound();
  const { campaign, letter } = found;
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
      {letterEditable(campaign.status) && (
        <TranslationsSection
          action={saveTranslationAction}
          campaignId={campaign.id}
          originalLanguage={campaign.language}
          currentVersion={campaign.currentVersion}
          translations={await getLetterTranslations(campaign.id)}
          original={letter}
        />
      )}
    </div>
  );
}
