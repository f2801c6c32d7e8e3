import Link from 'next/link';
import { isFrozen } from '@/lib/campaigns/lifecycle';
import { formatMoment } from '@/lib/dates';
import { getCachedLivePreview, getPublicListCampaignById, isListPublic } from '@/lib/lists/queries';
import { letterPath } from '@/lib/urls';
import { DeliveryRecord } from './delivery-record';
import { EntryList } from './entry-list';
import { FinalListPreview } from './final-list-preview';

const LIVE_PREVIEW = 100;

/**
 * The list part of the public letter page (the summary sentence is in its status banner): the live list while
 * the coordinators show it; once locked, the lock time, a link to the final list and exports,
 * and the delivery record.
 */
export async function SignatoryList({ campaignId }: { campaignId: string }) {
  const campaign = await getPublicListCampaignById(campaignId);
  if (!campaign) return null;
  const base = letterPath(campaign.slug);
  const frozen = isFrozen(campaign.status);
  const live = !frozen && isListPublic(campaign) ? await getCachedLivePreview(campaign.id, LIVE_PREVIEW, campaign.listOrder) : null;

  return (
    <section aria-labelledby="signatories-heading" className="mt-10 border-t border-line pt-6">
      <h2 id="signatories-heading" className="font-serif text-2xl font-semibold">
        Signatories
      </h2>
      {campaign.delivery && (
        <div className="card mt-4">
          <DeliveryRecord delivery={campaign.delivery} language={campaign.language} />
        </div>
      )}
      {frozen && campaign.snapshot && (
        <p className="mt-4">
          The list was locked on{' '}
          <time dateTime={campaign.snapshot.lockedAt.toISOString()}>{formatMoment(campaign.snapshot.lockedAt, { language: campaign.language })}</time>{' '}
          and is final. <Link href={`${base}/signatories`}>Read the final list of signatories</Link>, or download it as{' '}
          <a href={`${base}/export.csv`}>CSV</a>, <a href={`${base}/export.json`}>JSON</a> or{' '}
          <a href={`${base}/export.txt`}>plain text</a>; <Link href={`${base}/print`}>print the letter with its signatories</Link>.
        </p>
      )}
      {frozen && campaign.snapshot && <FinalListPreview campaign={campaign} snapshot={campaign.snapshot} />}
      {live && (
        <>
          <p className="mt-2 text-sm text-muted">Approved sign-ons so far; the list is final once the coordinators lock it.</p>
          <EntryList entries={live.entries} format={campaign.listFormat} language={campaign.language} level={3} />
          {live.total > live.entries.length && (
            <p className="mt-4">
              <Link href={`${base}/signatories`}>See all {live.total} signatories</Link>
            </p>
          )}
        </>
      )}
      {!frozen && !live && <p className="mt-2 text-sm text-muted">The list of signatories will be published once it is final.</p>}
    </section>
  );
}
