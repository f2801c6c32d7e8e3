import Link from 'next/link';
import { CampaignTabs } from '@/components/campaigns/campaign-tabs';
import { StatusBadge } from '@/components/campaigns/status-badge';
import { isFrozen } from '@/lib/campaigns/lifecycle';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { countAwaiting } from '@/lib/moderation/queries';
import { letterPath } from '@/lib/urls';

export default async function CampaignLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { campaign } = await requireCampaignPage(id);
  const base = `/dashboard/campaigns/${campaign.id}`;
  // After the lock nothing awaits review any more: undecided entries are simply not in the list.
  const awaiting = isFrozen(campaign.status) ? undefined : await countAwaiting(campaign.id);
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/dashboard">All campaigns</Link>
      </p>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <p className="font-serif text-2xl font-semibold">{campaign.title}</p>
        <div className="flex items-center gap-3 text-sm">
          <StatusBadge status={campaign.effectiveStatus} />
          {campaign.status === 'draft' ? (
            <Link href={`${base}/preview`}>Preview</Link>
          ) : (
            <Link href={letterPath(campaign.slug)}>Public page</Link>
          )}
        </div>
      </div>
      <CampaignTabs base={base} awaiting={awaiting} />
      {children}
    </div>
  );
}
