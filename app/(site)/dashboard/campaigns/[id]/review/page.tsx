import type { Metadata } from 'next';
import { formatMoment } from '@/lib/dates';
import Link from 'next/link';
import { QueueKeys } from '@/components/moderation/queue-keys';
import { SubmitButton } from '@/components/ui/submit-button';
import { isFrozen, moderationAllowed } from '@/lib/campaigns/lifecycle';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { countryName, countryOptions } from '@/lib/lists/countries';
import { reviewErrorText, reviewNoticeText } from '@/lib/moderation/outcomes';
import { countBulkTargets, getEntryName, getQueuePage, type MergeCandidate, type QueueEntry } from '@/lib/moderation/queries';
import { reviewHref } from '@/lib/moderation/review-href';
import { queueFilterSchema, type QueueFilter } from '@/lib/moderation/schemas';
import type { SignOnStatus } from '@/lib/sign-ons/lifecycle';
import { formatDay } from '@/lib/dates';
import { bulkDecideAction, decideAction, mergeAction, setConvenerAction } from './actions';

export const metadata: Metadata = { title: 'Review sign-ons' };


const statusTabs: { value: QueueFilter['status']; label: string; counts: SignOnStatus[] | null }[] = [
  { value: 'awaiting', label: 'Awaiting review', counts: ['verified'] },
  { value: 'approved', label: 'Approved', counts: ['approved'] },
  { value: 'rejected', label: 'Rejected', counts: ['rejected'] },
  { value: 'pending_verification', label: 'Unconfirmed', counts: ['pending_verification'] },
  { value: 'withdrawn', label: 'Withdrawn', counts: ['withdrawn'] },
  { value: 'all', label: 'All', counts: null },
];

/** After the lock, entries nobody decided on are simply not in the final list. */
const notIncluded = 'not included in the final list';

const statusName: Record<SignOnStatus, string> = {
  pending_verification: 'unconfirmed',
  verified: 'awaiting review',
  approved: 'approved',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

const warningReason = {
  same_name: 'same name',
  same_acronym: 'same acronym',
  acronym_of_name: 'acronym and name',
  similar_name: 'similar name',
  same_email_domain: 'same email domain',
} as const;

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
  const countries = countryOptions();
  const countFor = (t: (typeof statusTabs)[number]) =>
    t.counts ? t.counts.reduce((n, s) => n + queue.countsByStatus[s], 0) : Object.values(queue.countsByStatus).reduce((a, b) => a + b, 0);
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

      <nav aria-label="Sign-ons by status" className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {statusTabs.map((t) => {
            const current = filter.status === t.value;
            return (
              <li key={t.value}>
                <Link
                  href={reviewHref(campaign.id, { ...filter, status: t.value, page: 1 })}
                  aria-current={current ? 'page' : undefined}
                  className={`inline-block rounded-full border px-3 py-1 no-underline ${current ? 'border-accent bg-accent text-white hover:text-white' : 'border-line bg-white'}`}
                >
                  {frozen && t.value === 'awaiting' ? 'Not included' : t.label} <span className="tabular-nums">({countFor(t)})</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <form method="get" action={`/dashboard/campaigns/${campaign.id}/review`} className="mb-4 grid gap-3 sm:grid-cols-[1fr_1fr_2fr_auto] items-end" role="search" aria-label="Filter sign-ons">
        {filter.status !== 'awaiting' && <input type="hidden" name="status" value={filter.status} />}
        <div>
          <label htmlFor="filter-kind" className="field-label">Kind</label>
          <select id="filter-kind" name="kind" defaultValue={filter.kind ?? ''} className="field-input">
            <option value="">Both</option>
            <option value="organization">Organizations</option>
            <option value="individual">Individuals</option>
          </select>
        </div>
        <div>
          <label htmlFor="filter-country" className="field-label">Country</label>
          <select id="filter-country" name="country" defaultValue={filter.country ?? ''} className="field-input">
            <option value="">Any</option>
            <option value="INTL">International / none</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>{c.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-q" className="field-label">Search</label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ''} className="field-input" placeholder="Name, acronym, title or email" />
        </div>
        <button type="submit" className="btn-secondary">Filter</button>
      </form>

      <details className="mb-4 text-sm">
        <summary className="cursor-pointer">Keyboard shortcuts</summary>
        <ul className="mt-2 space-y-1">
          <li><kbd className="rounded border border-line bg-white px-1">j</kbd> / <kbd className="rounded border border-line bg-white px-1">k</kbd>: next / previous entry</li>
          <li><kbd className="rounded border border-line bg-white px-1">a</kbd>: approve the entry in focus</li>
          <li><kbd className="rounded border border-line bg-white px-1">r</kbd>: write a reason to reject the entry in focus (then press the Reject button)</li>
          <li>Keys do nothing while you type in a field.</li>
        </ul>
      </details>

      {confirm ? (
        <section aria-labelledby="confirm-heading" className="card mb-4 border-warn">
          <h2 id="confirm-heading" className="font-semibold mb-2">
            {confirm === 'approve' ? 'Approve' : 'Reject'} all {bulkCount} {bulkCount === 1 ? 'entry' : 'entries'} awaiting review that match this filter?
          </h2>
          {bulkCount === 0 ? (
            <p className="text-sm">Nothing awaiting review matches this filter.</p>
          ) : (
            <form action={bulkDecideAction} className="space-y-3">
              <input type="hidden" name="campaignId" value={campaign.id} />
              <input type="hidden" name="back" value={back} />
              <input type="hidden" name="scope" value="filter" />
              <input type="hidden" name="decision" value={confirm} />
              {confirm === 'reject' && (
                <div>
                  <label htmlFor="bulk-filter-reason" className="field-label">Private reason (optional)</label>
                  <textarea id="bulk-filter-reason" name="reason" maxLength={2000} rows={2} className="field-input" />
                </div>
              )}
              <div className="flex flex-wrap gap-3">
                <SubmitButton className={confirm === 'approve' ? 'btn-primary' : 'btn-danger'}>
                  Yes, {confirm} {bulkCount} {bulkCount === 1 ? 'entry' : 'entries'}
                </SubmitButton>
                <Link href={reviewHref(campaign.id, filter)} className="btn-secondary">Cancel</Link>
              </div>
            </form>
          )}
        </section>
      ) : (
        open &&
        bulkCount > 0 && (
          <p className="mb-4 flex flex-wrap gap-x-4 gap-y-2 text-sm">
            <Link href={reviewHref(campaign.id, filter, { confirm: 'approve' })}>
              Approve all {bulkCount} awaiting {bulkCount === 1 ? 'entry' : 'entries'} matching this filter…
            </Link>
            <Link href={reviewHref(campaign.id, filter, { confirm: 'reject' })}>Reject all {bulkCount} matching…</Link>
          </p>
        )
      )}

      {open && selectable && (
        <form id="bulk-selected" action={bulkDecideAction} className="card mb-4 flex flex-wrap items-end gap-3" aria-label="Decide on the selected entries">
          <input type="hidden" name="campaignId" value={campaign.id} />
          <input type="hidden" name="back" value={back} />
          <input type="hidden" name="scope" value="selected" />
          <p className="w-full text-sm text-muted">Tick entries below, then decide on all of them at once.</p>
          <SubmitButton name="decision" value="approve">Approve selected</SubmitButton>
          <SubmitButton name="decision" value="reject" className="btn-secondary">Reject selected</SubmitButton>
        </form>
      )}

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

      {queue.pageCount > 1 && (
        <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center gap-4 text-sm">
          {queue.page > 1 && <Link href={reviewHref(campaign.id, { ...filter, page: queue.page - 1 })}>← Previous page</Link>}
          <span>Page {queue.page} of {queue.pageCount}</span>
          {queue.page < queue.pageCount && <Link href={reviewHref(campaign.id, { ...filter, page: queue.page + 1 })}>Next page →</Link>}
        </nav>
      )}
    </div>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-muted">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

const sourceName = { form: 'sign-on form', import: 'imported' } as const;

/** What tells two look-alike entries apart on a merge button: source, date and email domain. */
const describeEntry = (c: MergeCandidate) =>
  [sourceName[c.source], formatDay(c.createdAt), c.emailDomain ? `@${c.emailDomain}` : 'no email'].join(', ');

function Entry({
  entry,
  campaignId,
  back,
  open,
  frozen,
  currentVersion,
}: {
  entry: QueueEntry;
  campaignId: string;
  back: string;
  open: boolean;
  frozen: boolean;
  currentVersion: number;
}) {
  const status = (s: SignOnStatus) => (frozen && s === 'verified' ? notIncluded : statusName[s]);
  const headingId = `entry-${entry.id}`;
  const decidable = open && (entry.status === 'verified' || entry.status === 'approved' || entry.status === 'rejected');
  const name = entry.acronym ? `${entry.displayName} (${entry.acronym})` : entry.displayName;
  return (
    <article
      data-queue-entry
      tabIndex={-1}
      aria-labelledby={headingId}
      className="card min-w-0 focus:outline-3 focus:outline-accent focus:outline-offset-2"
    >
      <div className="flex items-start gap-3">
        {open && entry.status === 'verified' && (
          <input
            type="checkbox"
            form="bulk-selected"
            name="ids"
            value={entry.id}
            aria-label={`Select ${name}`}
            className="mt-1.5 size-5"
          />
        )}
        {/* The status line sits under the name, so a long name keeps the full width and breaks between words. */}
        <div className="min-w-0 flex-1">
          <h2 id={headingId} className="break-words hyphens-auto font-serif text-lg font-semibold">
            {name}
          </h2>
          <p className="text-sm text-muted">
            {entry.kind === 'organization' ? 'Organization' : 'Individual'} · {status(entry.status)}
            {entry.convener && ' · convener'}
            {entry.edited && ' · edited by a coordinator'}
          </p>
        </div>
      </div>

      {(entry.warnings.watched || entry.warnings.duplicates.length > 0) && (
        <ul className="mt-2 space-y-1 rounded-md border border-warn/50 bg-warn/5 px-3 py-2 text-sm" aria-label={`Warnings about ${name}`}>
          {entry.warnings.watched && <li>Well-known name: double-check that this person really signed.</li>}
          {entry.warnings.duplicates.map((d) => (
            <li key={d.otherId}>
              Possible duplicate ({warningReason[d.reason]}) of “{d.otherName}”, {status(d.otherStatus)}.
            </li>
          ))}
        </ul>
      )}

      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {entry.kind === 'individual' && entry.title && <Field label="Title / affiliation">{entry.title}</Field>}
        <Field label="Country">{entry.country ? (countryName(entry.country, 'en') ?? entry.country) : 'International / not given'}</Field>
        {entry.website && <Field label="Website">{entry.website}</Field>}
        {entry.contactName && (
          <Field label="Contact (private)">
            {entry.contactName}
            {entry.contactRole ? `, ${entry.contactRole}` : ''}
          </Field>
        )}
        <Field label="Email (private)">{entry.email ?? '—'}</Field>
        <Field label="Version signed">
          {entry.versionSigned}
          {entry.versionSigned !== currentVersion ? ` (current is ${currentVersion})` : ''}
        </Field>
        <Field label="Confirmed">{entry.verifiedAt ? formatMoment(entry.verifiedAt) : 'not yet'}</Field>
        <Field label="Source">{entry.source === 'form' ? 'Sign-on form' : 'Imported'}</Field>
        <Field label="Keep informed">{entry.keepInformed ? 'Yes' : 'No'}</Field>
        {entry.comment && <Field label="Comment to coordinators (private)"><span className="whitespace-pre-line">{entry.comment}</span></Field>}
        {entry.decisionReason && <Field label="Reason (private)">{entry.decisionReason}</Field>}
      </dl>

      {decidable && (
        <form action={decideAction} className="mt-3 grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
          <input type="hidden" name="campaignId" value={campaignId} />
          <input type="hidden" name="back" value={back} />
          <input type="hidden" name="signOnId" value={entry.id} />
          <input type="hidden" name="expectedStatus" value={entry.status} />
          {entry.status !== 'rejected' ? (
            <div className="min-w-0">
              <label htmlFor={`reason-${entry.id}`} className="field-label">Reason for rejecting (private, optional)</label>
              <textarea id={`reason-${entry.id}`} name="reason" maxLength={2000} rows={1} className="field-input" data-key-reason />
            </div>
          ) : (
            <span />
          )}
          <div className="flex flex-wrap gap-2">
            {entry.status !== 'approved' && (
              <SubmitButton name="decision" value="approve" className="btn-primary">
                Approve
              </SubmitButton>
            )}
            {entry.status !== 'rejected' && (
              <SubmitButton name="decision" value="reject" className="btn-danger">Reject</SubmitButton>
            )}
            {entry.status !== 'verified' && (
              <SubmitButton name="decision" value="unreview" className="btn-secondary">Back to review</SubmitButton>
            )}
          </div>
        </form>
      )}

      {open && entry.status !== 'withdrawn' && (
        <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <Link href={`/dashboard/campaigns/${campaignId}/review/${entry.id}/edit?${new URLSearchParams({ back })}`}>
            Edit public fields<span className="sr-only"> of {name}</span>
          </Link>
          <form action={setConvenerAction}>
            <input type="hidden" name="campaignId" value={campaignId} />
            <input type="hidden" name="back" value={back} />
            <input type="hidden" name="signOnId" value={entry.id} />
            <input type="hidden" name="convener" value={entry.convener ? 'false' : 'true'} />
            <SubmitButton className="btn-secondary">
              {entry.convener ? 'Not a convener' : 'Mark as convener'}
              <span className="sr-only"> {name}</span>
            </SubmitButton>
          </form>
        </div>
      )}

      {open &&
        entry.status !== 'withdrawn' &&
        !entry.duplicateOfId &&
        entry.warnings.duplicates.map((d) => (
          <form key={d.otherId} action={mergeAction} className="mt-3 flex flex-wrap items-center gap-2 text-sm">
            <input type="hidden" name="campaignId" value={campaignId} />
            <input type="hidden" name="back" value={back} />
            <input type="hidden" name="a" value={entry.id} />
            <input type="hidden" name="b" value={d.otherId} />
            <span>Merge with “{d.otherName}”:</span>
            {entry.status !== 'rejected' && (
              <SubmitButton name="keepId" value={entry.id} className="btn-secondary max-w-full text-left">
                Keep “{entry.displayName}” ({describeEntry({ source: entry.source, createdAt: entry.createdAt, emailDomain: entry.emailDomain })})
              </SubmitButton>
            )}
            {d.otherStatus !== 'rejected' && (
              <SubmitButton name="keepId" value={d.otherId} className="btn-secondary max-w-full text-left">
                Keep “{d.otherName}” ({describeEntry(d.other)})
              </SubmitButton>
            )}
          </form>
        ))}
    </article>
  );
}
