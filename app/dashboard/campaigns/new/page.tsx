import type { Metadata } from 'next';
import { CreateCampaignForm } from '@/components/campaigns/create-campaign-form';
import { requireCoordinator } from '@/lib/auth/session';
import { createCampaignAction } from '@/app/dashboard/actions';

export const metadata: Metadata = { title: 'New campaign' };

export default async function NewCampaignPage() {
  await requireCoordinator('/dashboard/campaigns/new');
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold mb-2">New campaign</h1>
      <p className="mb-6 text-muted">It starts as a private draft; nobody else sees it until you open it for sign-on.</p>
      <CreateCampaignForm action={createCampaignAction} />
    </div>
  );
}
