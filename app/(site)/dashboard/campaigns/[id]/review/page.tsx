import type { Metadata } from 'next';
import { QueueKeys } from '@/components/moderation/queue-keys';
import { isFrozen, moderationAllowed } from '@/lib/campaigns/lifecycle';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { reviewErrorText, reviewNoticeText } from '@/lib/moderation/outcomes';
import { countBulkTargets, getEntryName, getQueuePage } from '@/lib/moderation/queries';
import { reviewHref } from '@/lib/moderation/review-href';
import { queueFilterSchema } from '@/lib/moderation/schemas';
import { BulkDecisions, FilterForm, Pager, ShortcutsHelp, StatusTabs } from './queue-controls';
import { Entry } from './queue-entry';

export const metadata: Metadata = { title: 'Review sign-ons' };



type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const raw = await searchParams;
  const { me, campaign } = await requireCampaignPage(id, '/review');
  const filter = queueFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, one(v)])));
  const confirm = one(raw.confirm) === 'approve' || one(raw.confirm) === 'reject' ? (one(raw.confirm) as 'approve' | 'reject') : null;
  // Codes only: the words come from a fixed table, never from the address.
  const entryId = one(raw.entry);
  const named = entryId && /^[0-9a-f-]{36}$/i.test(entryId) ? await getEntryName(campaign.id, entryId, me.id) : null;
  const notice = reviewNoticeText(one(raw.notice), { count: Number.parseInt(one(raw.n) ?? '', 10) || 0, name: named });
  const error = reviewErrorText(one(raw.error));
  const frozen = isFrozen(campaign.status);

  const [queue, bulkCount] = await Promise.all([
    getQueuePage(campaign.id, me.id, filter),
    countBulkTargets(campaign.id, me.id, filter, 'approve'),
  ]);
  const open = moderationAllowed(campaign.status);
  const back = new URL(reviewHref(campaign.id, filter), 'http://x').search.slice(1);
  const selectable = queue.entries.some((e) => e.status === 'verified');

  return (
    <div className="min-w-0">
      <QueueKeys />
      <h1 className="font-serif text-2xl font-semibold mb-2">Review sign-ons</h1>
      <p className="mb-4 text-sm text-muted">
        Oldest first. Only approved entries count and appear in public. Contact details and comments are private to coordinators.
      </p>

      {notice && (
        <p role="status" className="mb-4 rounded-md border border-ok/40 bg-ok/5 px-3 py-2 text-sm text-ok">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="mb-4 rounded-md border border-bad/40 bg-bad/5 px-3 py-2 text-sm text-bad">
          {error}
        </p>
      )}
      {!open && (
        <p className="mb-4 text-sm">
          {campaign.status === 'draft' ? 'This campaign is not open yet.' : 'The list is locked: decisions can no longer change.'}
        </p>
      )}

      <StatusTabs campaignId={campaign.id} filter={filter} frozen={frozen} countsByStatus={queue.countsByStatus} />
      <FilterForm campaignId={campaign.id} filter={filter} />
      <ShortcutsHelp />
      <BulkDecisions campaignId={campaign.id} filter={filter} back={back} confirm={confirm} bulkCount={bulkCount} open={open} selectable={selectable} />
      <p className="mb-3 text-sm">
        <a href={`/dashboard/campaigns/${campaign.id}/review/export.csv${back ? `?${back}` : ''}`} download>
          Download these entries as CSV
        </a>{' '}
        <span className="text-muted">(with private contact details: keep the file safe)</span>
      </p>
      <p className="mb-3 text-sm" aria-live="polite">
        {queue.total === 0 ? 'No sign-ons match.' : `${queue.total} ${queue.total === 1 ? 'sign-on' : 'sign-ons'} · page ${queue.page} of ${queue.pageCount}`}
      </p>

      <ol className="space-y-4">
        {queue.entries.map((entry) => (
          <li key={entry.id}>
            <Entry entry={entry} campaignId={campaign.id} back={back} open={open} frozen={frozen} currentVersion={campaign.currentVersion} />
          </li>
        ))}
      </ol>

      <Pager campaignId={campaign.id} filter={filter} page={queue.page} pageCount={queue.pageCount} />
    </div>
  );
}

