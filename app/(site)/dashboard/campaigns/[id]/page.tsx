import type { Metadata } from 'next';
import Link from 'next/link';
import { FailedMessages } from '@/components/email/failed-messages';
import { FinalListSteps } from '@/components/campaigns/final-list-steps';
import { InsightsPanel } from '@/components/insights/insights-panel';
import { LifecycleButtons } from '@/components/campaigns/lifecycle-buttons';
import { OutreachFunnel } from '@/components/outreach/outreach-funnel';
import { lifecycleOptions } from './lifecycle-options';
import { DeliveryRecord } from '@/components/lists/delivery-record';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { isFrozen } from '@/lib/campaigns/lifecycle';
import { listFailedMessages } from '@/lib/email/queries';
import { getCampaignInsights } from '@/lib/insights/queries';
import { formatMoment } from '@/lib/dates';
import { getCounts, getListCampaign } from '@/lib/lists/queries';
import { getOutreachFunnel } from '@/lib/outreach/queries';
import { letterPath } from '@/lib/urls';
import { retryMessageAction } from './email-actions';

export const metadata: Metadata = { title: 'Campaign' };

const doneMessages: Record<string, string> = {
  locked: 'The final list is locked.',
  delivered: 'The delivery is recorded. Signers who asked to be kept informed are being emailed.',
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string | string[] }> };

export default async function CampaignOverviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { me, campaign } = await requireCampaignPage(id);
  const done = (await searchParams).done;
  const [counts, list, failed, insights, funnel] = await Promise.all([
    getCounts(campaign.id),
    getListCampaign(campaign.slug),
    listFailedMessages(campaign.id),
    getCampaignInsights(campaign.id, me.id),
    getOutreachFunnel(campaign.id),
  ]);
  const base = `/dashboard/campaigns/${campaign.id}`;
  const publicBase = letterPath(campaign.slug);
  const frozen = isFrozen(campaign.status);
  const isOwner = campaign.role === 'owner';
  const notice = typeof done === 'string' ? doneMessages[done] : undefined;

  return (
    <div className="space-y-6">
      {notice && (
        <p role="status" className="rounded-md border border-ok/40 bg-ok/5 px-3 py-2 text-sm text-ok">
          {notice}
        </p>
      )}
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
            <dd>{campaign.deadline ? formatMoment(campaign.deadline, { timeZone: campaign.deadlineTimeZone }) : 'None'}</dd>
            <dt className="text-muted">Your role</dt>
            <dd>{campaign.role}</dd>
          </dl>
          {campaign.status === 'open' && campaign.effectiveStatus === 'closed' && (
            <p className="mt-3 text-sm text-warn">The deadline has passed, so sign-on is closed for visitors.</p>
          )}
        </section>
        <section className="card space-y-4">
          <h2 className="font-serif text-xl font-semibold">Sign-on</h2>
          {!frozen && <LifecycleButtons campaignId={campaign.id} events={campaign.allowedEvents} {...await lifecycleOptions(campaign.id)} />}
          <FinalListSteps base={base} status={campaign.status} effectiveStatus={campaign.effectiveStatus} isOwner={isOwner} />
          {frozen && campaign.status === 'delivered' && <p className="text-sm">The letter is delivered; nothing more to do.</p>}
        </section>
      </div>

      <InsightsPanel insights={insights} />

      {funnel.targets > 0 && (
        <section aria-labelledby="outreach-heading" className="card space-y-3">
          <h2 id="outreach-heading" className="font-serif text-xl font-semibold">
            Outreach
          </h2>
          <OutreachFunnel funnel={funnel} />
          <p className="text-sm">
            <Link href={`${base}/outreach`}>Invite organizations and follow them up</Link>
          </p>
        </section>
      )}

      {frozen && list?.snapshot && (
        <section aria-labelledby="final-list-heading" className="card">
          <h2 id="final-list-heading" className="font-serif text-xl font-semibold mb-3">
            Final list
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-muted">Locked</dt>
            <dd>
              <time dateTime={list.snapshot.lockedAt.toISOString()}>{formatMoment(list.snapshot.lockedAt)}</time>
            </dd>
            <dt className="text-muted">Summary</dt>
            <dd>{list.snapshot.summary}</dd>
            <dt className="text-muted">SHA-256</dt>
            <dd className="font-mono break-all" data-testid="overview-hash">
              {list.snapshot.hash}
            </dd>
          </dl>
          <p className="mt-3 text-sm">
            <Link href={`${publicBase}/signatories`}>Public final list</Link> · <Link href={`${publicBase}/print`}>Print the letter</Link>
          </p>
          {list.delivery && (
            <div className="mt-4 border-t border-line pt-4">
              <DeliveryRecord delivery={list.delivery} language={list.language} />
            </div>
          )}
        </section>
      )}

      <section aria-labelledby="download-heading" className="card">
        <h2 id="download-heading" className="font-serif text-xl font-semibold mb-2">
          Download
        </h2>
        <p className="text-sm text-muted mb-2">
          {frozen
            ? 'The final list, as published.'
            : 'The approved sign-ons so far, in list order. Only coordinators can download them until the list is locked.'}
        </p>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          <li>
            <a href={`${publicBase}/export.csv`}>CSV</a>
          </li>
          <li>
            <a href={`${publicBase}/export.json`}>JSON</a>
          </li>
          <li>
            <a href={`${publicBase}/export.txt`}>Plain text</a>
          </li>
          <li>
            <Link href={`${base}/print`}>Print page</Link>
          </li>
        </ul>
      </section>

      <FailedMessages messages={failed} retryAction={retryMessageAction} />

      {isOwner && (
        <section aria-labelledby="danger-heading" className="card">
          <h2 id="danger-heading" className="font-serif text-xl font-semibold mb-2">
            Delete
          </h2>
          {frozen ? (
            <p className="text-sm text-muted">A letter whose list is final is part of the public record and cannot be deleted.</p>
          ) : (
            <p className="text-sm">
              <Link href={`${base}/delete`}>Delete this campaign…</Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
