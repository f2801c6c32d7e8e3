import type { Metadata } from 'next';
import { LetterPreview } from '@/components/letters/letter-preview';
import { getLetterForEditing } from '@/lib/campaigns/coordinator-queries';
import { loadCampaignTab } from '../load-tab';

export const metadata: Metadata = { title: 'Preview', robots: { index: false } };

/** The letter as the public page will show it, for coordinators while it is still a draft. */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { found } = await loadCampaignTab(params, '/preview', getLetterForEditing);
  return (
    <div className="max-w-3xl">
      <p role="note" className="mb-6 rounded-md border border-warn/40 bg-warn/5 px-3 py-2 text-sm text-warn">
        Preview: {found.campaign.status === 'draft' ? 'this draft is not public yet.' : `version ${found.campaign.currentVersion}.`}
      </p>
      <LetterPreview letter={found.letter} lang={found.campaign.language} />
    </div>
  );
}
