import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { EditEntryForm } from '@/components/moderation/edit-entry-form';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { countryName, countryOptions } from '@/lib/lists/countries';
import { getSignOnForEditing } from '@/lib/moderation/queries';
import { editAction } from '../../actions';

export const metadata: Metadata = { title: 'Edit a sign-on' };

export default async function EditEntryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; signOnId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id, signOnId } = await params;
  const { back: rawBack } = await searchParams;
  const { me, campaign } = await requireCampaignPage(id, '/review');
  if (!z.uuid().safeParse(signOnId).success) notFound();
  const entry = await getSignOnForEditing(signOnId, campaign.id, me.id);
  if (!entry) notFound();
  const back = typeof rawBack === 'string' ? rawBack.slice(0, 500) : '';
  const original = entry.original;
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href={`/dashboard/campaigns/${campaign.id}/review${back ? `?${back}` : ''}`}>Back to the review queue</Link>
      </p>
      <h1 className="font-serif text-2xl font-semibold mb-2">Edit “{entry.displayName}”</h1>
      <p className="mb-4 text-sm text-muted">
        Fix how the entry appears in public (for example a name typed as “Human Rights Watch (HRW)” into name and acronym). The signer’s
        original submission is kept, and the activity page records what changed.
      </p>
      {original && (
        <p className="mb-4 text-sm">
          Originally submitted as: “{original.displayName}”{original.acronym ? ` (${original.acronym})` : ''}
          {original.title ? `, ${original.title}` : ''}
          {original.country ? `, ${countryName(original.country, 'en') ?? original.country}` : ''}.
        </p>
      )}
      <EditEntryForm action={editAction} campaignId={campaign.id} back={back} entry={entry} countries={countryOptions()} />
    </div>
  );
}
