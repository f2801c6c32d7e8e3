import type { Metadata } from 'next';
import { LifecycleButtons } from '@/components/campaigns/lifecycle-buttons';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { formatDeadline } from '@/lib/campaigns/format';
import { getCounts } from '@/lib/lists/queries';
import { transitionCampaignAction } from '@/app/dashboard/actions';

export const metadata: Metadata = { title: 'Campaign' };

export default async function CampaignOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { campaign } = await requireCampaignPage(id);
  const counts = await getCounts(campaign.id);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section className="card">
        <h1 className="font-serif text-xl font-semibold mb-3">Overview</h1>
        <dl className="grid grid-cols-2 gap-2 text-sm">
          <dt className="text-muted">Letter version</dt>
          <dd>{campaign.currentVersion}</dd>
          <dt className="text-muted">Approved organizations</dt>
          <dd>{counts.organizations}</dd>
          <dt className="text-muted">Approved individuals</dt>
          <dd>{counts.individuals}</dd>
          <dt className="text-muted">Countries</dt>
          <dd>{counts.countries}</dd>
          <dt className="text-muted">Deadline</dt>
          <dd>{campaign.deadline ? formatDeadline(campaign.deadline, campaign.deadlineTimeZone) : 'None'}</dd>
          <dt className="text-muted">Your role</dt>
          <dd>{campaign.role}</dd>
        </dl>
        {campaign.status === 'open' && campaign.effectiveStatus === 'closed' && (
          <p className="mt-3 text-sm text-warn">The deadline has passed, so sign-on is closed for visitors.</p>
        )}
      </section>
      <section className="card">
        <h2 className="font-serif text-xl font-semibold mb-3">Sign-on</h2>
        <LifecycleButtons campaignId={campaign.id} events={campaign.allowedEvents} action={transitionCampaignAction} />
      </section>
    </div>
  );
}
