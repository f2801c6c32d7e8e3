import type { Metadata } from 'next';
import Link from 'next/link';
import { LockForm } from '@/components/campaigns/lock-form';
import { lockCampaignAction } from '@/app/dashboard/actions';
import { isFrozen } from '@/lib/campaigns/lifecycle';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { getLockPreview } from '@/lib/lists/queries';

export const metadata: Metadata = { title: 'Lock the final list' };

export default async function LockPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { campaign } = await requireCampaignPage(id, '/lock');
  const overview = `/dashboard/campaigns/${campaign.id}`;
  const back = (
    <p className="mt-4">
      <Link href={overview}>Back to the overview</Link>
    </p>
  );

  let refusal: string | null = null;
  if (isFrozen(campaign.status)) refusal = 'This letter is already locked: its list of signatories is final.';
  else if (campaign.role !== 'owner') refusal = 'Only an owner of this campaign can lock the final list.';
  else if (campaign.effectiveStatus !== 'closed') refusal = 'Close sign-on first: the final list can be locked once sign-on is closed.';
  if (refusal) {
    return (
      <section className="card max-w-2xl">
        <h1 className="font-serif text-2xl font-semibold mb-3">Lock the final list</h1>
        <p role="status">{refusal}</p>
        {back}
      </section>
    );
  }

  const preview = await getLockPreview(campaign.id);
  return (
    <section className="card max-w-2xl">
      <h1 className="font-serif text-2xl font-semibold mb-3">Lock the final list</h1>
      <p>The final list will read:</p>
      <p className="my-3 font-serif text-xl font-semibold" data-testid="lock-summary">
        {preview.summary}
      </p>
      {preview.awaitingReview > 0 ? (
        <p className="mb-3 rounded-md border border-warn/40 bg-warn/5 px-3 py-2" data-testid="lock-awaiting">
          {preview.awaitingReview === 1
            ? '1 sign-on is still awaiting review and will not be included.'
            : `${preview.awaitingReview} sign-ons are still awaiting review and will not be included.`}
        </p>
      ) : (
        <p className="mb-3" data-testid="lock-awaiting">
          No sign-ons are awaiting review.
        </p>
      )}
      <p className="mb-4 text-muted">
        Only approved sign-ons are included, in their final order. The list, its counts and the letter version are written
        once, with a SHA-256 hash that anyone can check against the JSON export.
      </p>
      <LockForm action={lockCampaignAction} campaignId={campaign.id} />
      {back}
    </section>
  );
}
