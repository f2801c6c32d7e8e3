import type { Metadata } from 'next';
import Link from 'next/link';
import { DeliveryForm } from '@/components/campaigns/delivery-form';
import { recordDeliveryAction } from '@/app/dashboard/actions';
import { timeZoneOptions, utcToZonedLocal } from '@/lib/campaigns/deadline';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { countKeptInformed } from '@/lib/lists/queries';

export const metadata: Metadata = { title: 'Record delivery' };

export default async function DeliverPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { campaign } = await requireCampaignPage(id, '/deliver');
  const overview = `/dashboard/campaigns/${campaign.id}`;

  let refusal: string | null = null;
  if (campaign.status === 'delivered') refusal = 'This letter has already been recorded as delivered.';
  else if (campaign.role !== 'owner') refusal = 'Only an owner of this campaign can record the delivery.';
  else if (campaign.status !== 'locked') refusal = 'Lock the final list first: delivery is recorded for a locked letter.';

  const zone = campaign.deadlineTimeZone ?? 'UTC';
  return (
    <section className="card max-w-3xl">
      <h1 className="font-serif text-2xl font-semibold mb-3">Record delivery</h1>
      {refusal ? (
        <>
          <p role="status">{refusal}</p>
          {campaign.status === 'delivered' && campaign.role === 'owner' && (
            <p className="mt-3">
              <Link href={`${overview}/erase`}>Erase signers’ private data…</Link>
            </p>
          )}
        </>
      ) : (
        <>
          <p className="mb-4 text-muted">The delivery record is published on the letter’s page.</p>
          <DeliveryForm
            action={recordDeliveryAction}
            campaignId={campaign.id}
            defaults={{ deliveredAt: utcToZonedLocal(new Date(), zone), timeZone: zone }}
            timeZones={timeZoneOptions()}
            keptInformed={await countKeptInformed(campaign.id)}
          />
        </>
      )}
      <p className="mt-4">
        <Link href={overview}>Back to the overview</Link>
      </p>
    </section>
  );
}
