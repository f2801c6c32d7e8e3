import type { Metadata } from 'next';
import { SettingsForm } from '@/components/campaigns/settings-form';
import { updateSettingsAction } from '@/app/dashboard/actions';
import { timeZoneOptions, utcToZonedLocal } from '@/lib/campaigns/deadline';
import { isFrozen } from '@/lib/campaigns/lifecycle';
import { requireCampaignPage } from '@/lib/campaigns/page-context';

export const metadata: Metadata = { title: 'Campaign settings' };

export default async function SettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { campaign } = await requireCampaignPage(id, '/settings');
  const zone = campaign.deadlineTimeZone ?? 'UTC';
  return (
    <div>
      <h1 className="font-serif text-2xl font-semibold mb-4">Settings</h1>
      {isFrozen(campaign.status) && <p className="mb-4">The list is final; these settings can no longer change.</p>}
      <SettingsForm
        action={updateSettingsAction}
        campaignId={campaign.id}
        disabled={isFrozen(campaign.status)}
        timeZones={timeZoneOptions()}
        values={{
          deadline: campaign.deadline ? utcToZonedLocal(campaign.deadline, zone) : '',
          deadlineTimeZone: zone,
          approvalPolicy: campaign.approvalPolicy,
          listFormat: campaign.listFormat,
          listOrder: campaign.listOrder,
          liveList: campaign.liveList,
          notifyRejected: campaign.notifyRejected,
        }}
      />
    </div>
  );
}
