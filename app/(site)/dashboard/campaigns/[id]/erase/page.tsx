import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteCampaignForm } from '@/components/campaigns/delete-campaign-form';
import { erasePrivateDataAction } from '@/app/dashboard/actions';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { countSignOnsWithPrivateData } from '@/lib/sign-ons/retention';

export const metadata: Metadata = { title: 'Erase signers’ private data' };

export default async function ErasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { campaign } = await requireCampaignPage(id, '/erase');

  let refusal: string | null = null;
  if (campaign.role !== 'owner') refusal = 'Only an owner of this campaign can erase signers’ private data.';
  else if (campaign.status !== 'delivered') refusal = 'Signers’ private data can be erased once the letter has been recorded as delivered.';
  const remaining = refusal ? 0 : await countSignOnsWithPrivateData(campaign.id);

  return (
    <section className="card max-w-2xl">
      <h1 className="font-serif text-2xl font-semibold mb-3">Erase signers’ private data</h1>
      {refusal ? (
        <p role="status">{refusal}</p>
      ) : remaining === 0 ? (
        <p role="status">Every sign-on’s private data has been erased. Only the public list remains.</p>
      ) : (
        <>
          <p className="mb-4">
            This erases, for good, the email addresses, contact names and roles, and comments of {remaining} sign-on
            {remaining === 1 ? '' : 's'}. The public list, its counts and its hash do not change. Afterwards nobody can
            email these signers about this letter, and their private status links stop showing their details. The contact
            addresses of organizations invited from the Outreach tab are erased too.
          </p>
          <DeleteCampaignForm
            action={erasePrivateDataAction}
            campaignId={campaign.id}
            slug={campaign.slug}
            submitLabel="Erase private data"
          />
        </>
      )}
      <p className="mt-4">
        <Link href={`/dashboard/campaigns/${campaign.id}`}>Back to the overview</Link>
      </p>
    </section>
  );
}
