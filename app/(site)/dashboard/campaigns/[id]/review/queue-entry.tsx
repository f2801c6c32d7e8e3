import Link from 'next/link';
import { SubmitButton } from '@/components/ui/submit-button';
import { formatDay, formatMoment } from '@/lib/dates';
import { countryName } from '@/lib/lists/countries';
import type { MergeCandidate, QueueEntry } from '@/lib/moderation/queries';
import type { SignOnStatus } from '@/lib/sign-ons/lifecycle';
import { decideAction, mergeAction, setConvenerAction } from './actions';

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

type EntryProps = { entry: QueueEntry; campaignId: string; back: string; open: boolean; frozen: boolean; currentVersion: number };

/** The status as a coordinator reads it: after the lock, "awaiting review" means left out. */
const statusWords = (frozen: boolean) => (s: SignOnStatus) => (frozen && s === 'verified' ? notIncluded : statusName[s]);

const displayNameOf = (entry: QueueEntry) => (entry.acronym ? `${entry.displayName} (${entry.acronym})` : entry.displayName);

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

/** One entry of the queue: who signed, what to look out for, and what a coordinator can do about it. */
export function Entry(props: EntryProps) {
  const { entry, open } = props;
  const headingId = `entry-${entry.id}`;
  const name = displayNameOf(entry);
  const status = statusWords(props.frozen);
  return (
    <article
      data-queue-entry
      tabIndex={-1}
      aria-labelledby={headingId}
      className="card min-w-0 focus:outline-3 focus:outline-accent focus:outline-offset-2"
    >
      <div className="flex items-start gap-3">
        {open && entry.status === 'verified' && (
          <input type="checkbox" form="bulk-selected" name="ids" value={entry.id} aria-label={`Select ${name}`} className="mt-1.5 size-5" />
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
      <EntryWarnings entry={entry} name={name} status={status} />
      <EntryDetails entry={entry} currentVersion={props.currentVersion} />
      <DecisionForm {...props} />
      <EntryTools {...props} name={name} />
      <MergeForms {...props} />
    </article>
  );
}

function EntryWarnings({ entry, name, status }: { entry: QueueEntry; name: string; status: (s: SignOnStatus) => string }) {
  if (!entry.warnings.watched && entry.warnings.duplicates.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 rounded-md border border-warn/50 bg-warn/5 px-3 py-2 text-sm" aria-label={`Warnings about ${name}`}>
      {entry.warnings.watched && <li>Well-known name: double-check that this person really signed.</li>}
      {entry.warnings.duplicates.map((d) => (
        <li key={d.otherId}>
          Possible duplicate ({warningReason[d.reason]}) of “{d.otherName}”, {status(d.otherStatus)}.
        </li>
      ))}
    </ul>
  );
}

function EntryDetails({ entry, currentVersion }: { entry: QueueEntry; currentVersion: number }) {
  return (
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
      {entry.comment && (
        <Field label="Comment to coordinators (private)">
          <span className="whitespace-pre-line">{entry.comment}</span>
        </Field>
      )}
      {entry.decisionReason && <Field label="Reason (private)">{entry.decisionReason}</Field>}
    </dl>
  );
}

/** The hidden fields every form of an entry sends, so the queue comes back as it was. */
function EntryFields({ campaignId, back, signOnId }: { campaignId: string; back: string; signOnId?: string }) {
  return (
    <>
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="back" value={back} />
      {signOnId && <input type="hidden" name="signOnId" value={signOnId} />}
    </>
  );
}

function DecisionForm({ entry, campaignId, back, open }: EntryProps) {
  const decidable = open && (entry.status === 'verified' || entry.status === 'approved' || entry.status === 'rejected');
  if (!decidable) return null;
  return (
    <form action={decideAction} className="mt-3 grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
      <EntryFields campaignId={campaignId} back={back} signOnId={entry.id} />
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
  );
}

function EntryTools({ entry, campaignId, back, open, name }: EntryProps & { name: string }) {
  if (!open || entry.status === 'withdrawn') return null;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <Link href={`/dashboard/campaigns/${campaignId}/review/${entry.id}/edit?${new URLSearchParams({ back })}`}>
        Edit public fields<span className="sr-only"> of {name}</span>
      </Link>
      <form action={setConvenerAction}>
        <EntryFields campaignId={campaignId} back={back} signOnId={entry.id} />
        <input type="hidden" name="convener" value={entry.convener ? 'false' : 'true'} />
        <SubmitButton className="btn-secondary">
          {entry.convener ? 'Not a convener' : 'Mark as convener'}
          <span className="sr-only"> {name}</span>
        </SubmitButton>
      </form>
    </div>
  );
}

function MergeForms({ entry, campaignId, back, open }: EntryProps) {
  if (!open || entry.status === 'withdrawn' || entry.duplicateOfId) return null;
  const self = describeEntry({ source: entry.source, createdAt: entry.createdAt, emailDomain: entry.emailDomain });
  return entry.warnings.duplicates.map((d) => (
    <form key={d.otherId} action={mergeAction} className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      <EntryFields campaignId={campaignId} back={back} />
      <input type="hidden" name="a" value={entry.id} />
      <input type="hidden" name="b" value={d.otherId} />
      <span>Merge with “{d.otherName}”:</span>
      {entry.status !== 'rejected' && (
        <SubmitButton name="keepId" value={entry.id} className="btn-secondary max-w-full text-left">
          Keep “{entry.displayName}” ({self})
        </SubmitButton>
      )}
      {d.otherStatus !== 'rejected' && (
        <SubmitButton name="keepId" value={d.otherId} className="btn-secondary max-w-full text-left">
          Keep “{d.otherName}” ({describeEntry(d.other)})
        </SubmitButton>
      )}
    </form>
  ));
}
