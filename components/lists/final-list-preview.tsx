import Link from 'next/link';
import { getFinalListPage, type ListCampaign, type SnapshotInfo } from '@/lib/lists/queries';
import { letterPath } from '@/lib/urls';
import { EntryList } from './entry-list';

/** Enough of the final list to see who signed, without making a long letter page longer still. */
export const FINAL_PREVIEW = 20;

/**
 * The first entries of a locked list, in its final order, and the way to the whole list. The
 * snapshot never changes, so the cached letter page can hold it for good.
 */
export async function FinalListPreview({ campaign, snapshot }: { campaign: ListCampaign; snapshot: SnapshotInfo }) {
  const total = snapshot.counts.organizations + snapshot.counts.individuals;
  if (total === 0) return null;
  const list = await getFinalListPage(campaign.id, { page: 1, perPage: FINAL_PREVIEW, total });
  return (
    <div data-testid="final-list-preview">
      <EntryList entries={list.entries} format={campaign.listFormat} language={campaign.language} level={3} />
      <p className="mt-4">
        <Link href={`${letterPath(campaign.slug)}/signatories`}>
          {total > list.entries.length ? `See all ${new Intl.NumberFormat('en').format(total)} signatories` : 'See the final list on its own page'}
        </Link>
      </p>
    </div>
  );
}
