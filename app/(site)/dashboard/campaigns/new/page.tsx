import type { Metadata } from 'next';
import { CreateCampaignForm } from '@/components/campaigns/create-campaign-form';
import { requireCoordinator } from '@/lib/auth/session';
import { cannotCreateCampaigns } from '@/lib/campaigns/labels';
import { createCampaignAction } from '@/app/dashboard/actions';

export const metadata: Metadata = { title: 'New campaign' };

export default async function NewCampaignPage() {
  const me = await requireCoordinator('/dashboard/campaigns/new');
  if (!me.canCreateCampaigns) {
    return (
      <div>
        <h1 className="font-serif text-3xl font-semibold mb-2">New campaign</h1>
        <p className="card" role="status">
          {cannotCreateCampaigns}
        </p>
      </div>
    );
  }
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold mb-2">New campaign</h1>
      <p className="mb-6 text-muted">It starts as a private draft; nobody else sees it until you open it for sign-on.</p>
      <CreateCampaignForm action={createCampaignAction} />
    </div>
  );
}
