import Link from 'next/link';
import { SubmitButton } from '@/components/ui/submit-button';
import { countryOptions } from '@/lib/lists/countries';
import { reviewHref } from '@/lib/moderation/review-href';
import type { QueueFilter } from '@/lib/moderation/schemas';
import type { SignOnStatus } from '@/lib/sign-ons/lifecycle';
import { bulkDecideAction } from './actions';

const statusTabs: { value: QueueFilter['status']; label: string; counts: SignOnStatus[] | null }[] = [
  { value: 'awaiting', label: 'Awaiting review', counts: ['verified'] },
  { value: 'approved', label: 'Approved', counts: ['approved'] },
  { value: 'rejected', label: 'Rejected', counts: ['rejected'] },
  { value: 'pending_verification', label: 'Unconfirmed', counts: ['pending_verification'] },
  { value: 'withdrawn', label: 'Withdrawn', counts: ['withdrawn'] },
  { value: 'all', label: 'All', counts: null },
];

type Filtered = { campaignId: string; filter: QueueFilter };

export function StatusTabs({ campaignId, filter, frozen, countsByStatus }: Filtered & { frozen: boolean; countsByStatus: Record<SignOnStatus, number> }) {
  const countFor = (t: (typeof statusTabs)[number]) =>
    (t.counts ?? (Object.keys(countsByStatus) as SignOnStatus[])).reduce((n, s) => n + countsByStatus[s], 0);
  return (
    <nav aria-label="Sign-ons by status" className="mb-4">
      <ul className="flex flex-wrap gap-2 text-sm">
        {statusTabs.map((t) => {
          const current = filter.status === t.value;
          return (
            <li key={t.value}>
              <Link
                href={reviewHref(campaignId, { ...filter, status: t.value, page: 1 })}
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
  );
}

export function FilterForm({ campaignId, filter }: Filtered) {
  const countries = countryOptions();
  return (
    <form method="get" action={`/dashboard/campaigns/${campaignId}/review`} className="mb-4 grid gap-3 sm:grid-cols-[1fr_1fr_2fr_auto] items-end" role="search" aria-label="Filter sign-ons">
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
  );
}

export function ShortcutsHelp() {
  return (
    <details className="mb-4 text-sm">
      <summary className="cursor-pointer">Keyboard shortcuts</summary>
      <ul className="mt-2 space-y-1">
        <li><kbd className="rounded border border-line bg-white px-1">j</kbd> / <kbd className="rounded border border-line bg-white px-1">k</kbd>: next / previous entry</li>
        <li><kbd className="rounded border border-line bg-white px-1">a</kbd>: approve the entry in focus</li>
        <li><kbd className="rounded border border-line bg-white px-1">r</kbd>: write a reason to reject the entry in focus (then press the Reject button)</li>
        <li>Keys do nothing while you type in a field.</li>
      </ul>
    </details>
  );
}

type BulkProps = Filtered & { back: string; confirm: 'approve' | 'reject' | null; bulkCount: number; open: boolean; selectable: boolean };

/** Deciding many entries at once: all that match the filter (after a confirmation), or those ticked. */
export function BulkDecisions({ campaignId, filter, back, confirm, bulkCount, open, selectable }: BulkProps) {
  return (
    <>
      {confirm ? (
        <section aria-labelledby="confirm-heading" className="card mb-4 border-warn">
          <h2 id="confirm-heading" className="font-semibold mb-2">
            {confirm === 'approve' ? 'Approve' : 'Reject'} all {bulkCount} {bulkCount === 1 ? 'entry' : 'entries'} awaiting review that match this filter?
          </h2>
          {bulkCount === 0 ? (
            <p className="text-sm">Nothing awaiting review matches this filter.</p>
          ) : (
            <form action={bulkDecideAction} className="space-y-3">
              <input type="hidden" name="campaignId" value={campaignId} />
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
                <Link href={reviewHref(campaignId, filter)} className="btn-secondary">Cancel</Link>
              </div>
            </form>
          )}
        </section>
      ) : (
        open &&
        bulkCount > 0 && (
          <p className="mb-4 flex flex-wrap gap-x-4 gap-y-2 text-sm">
            <Link href={reviewHref(campaignId, filter, { confirm: 'approve' })}>
              Approve all {bulkCount} awaiting {bulkCount === 1 ? 'entry' : 'entries'} matching this filter…
            </Link>
            <Link href={reviewHref(campaignId, filter, { confirm: 'reject' })}>Reject all {bulkCount} matching…</Link>
          </p>
        )
      )}

      {open && selectable && (
        <form id="bulk-selected" action={bulkDecideAction} className="card mb-4 flex flex-wrap items-end gap-3" aria-label="Decide on the selected entries">
          <input type="hidden" name="campaignId" value={campaignId} />
          <input type="hidden" name="back" value={back} />
          <input type="hidden" name="scope" value="selected" />
          <p className="w-full text-sm text-muted">Tick entries below, then decide on all of them at once.</p>
          <SubmitButton name="decision" value="approve">Approve selected</SubmitButton>
          <SubmitButton name="decision" value="reject" className="btn-secondary">Reject selected</SubmitButton>
        </form>
      )}

    </>
  );
}

export function Pager({ campaignId, filter, page, pageCount }: Filtered & { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center gap-4 text-sm">
      {page > 1 && <Link href={reviewHref(campaignId, { ...filter, page: page - 1 })}>← Previous page</Link>}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount && <Link href={reviewHref(campaignId, { ...filter, page: page + 1 })}>Next page →</Link>}
    </nav>
  );
}
