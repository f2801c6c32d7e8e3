import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteCampaignForm } from '@/components/campaigns/delete-campaign-form';
import { deleteCampaignAction } from '@/app/dashboard/actions';
import { isFrozen } from '@/lib/campaigns/lifecycle';
import { requireCampaignPage } from '@/lib/campaigns/page-context';

export const metadata: Metadata = { title: 'Delete campaign' };

export default async function DeletePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { campaign } = await requireCampaignPage(id, '/delete');

  let refusal: string | null = null;
  if (isFrozen(campaign.status)) refusal = 'This letter’s list is final and part of the public record, so the campaign cannot be deleted.';
  else if (campaign.role !== 'owner') refusal = 'Only an owner of this campaign can delete it.';

  return (
    <section className="card max-w-2xl">
      <h1 className="font-serif text-2xl font-semibold mb-3">Delete this campaign</h1>
      {refusal ? (
        <p role="status">{refusal}</p>
      ) : (
        <>
          <p className="mb-4">
            This deletes the letter, all its versions, every sign-on and the activity log, for good.
            {campaign.status !== 'draft' && ' The public page disappears and signers can no longer check their sign-on.'}
          </p>
          <DeleteCampaignForm action={deleteCampaignAction} campaignId={campaign.id} slug={campaign.slug} />
        </>
      )}
      <p className="mt-4">
        <Link href={`/dashboard/campaigns/${campaign.id}`}>Back to the overview</Link>
      </p>
    </section>
  );
}
