import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { EditSignOnForm } from '@/components/sign-ons/edit-sign-on-form';
import { countryOptions } from '@/lib/lists/countries';
import { signerStatusLine } from '@/lib/sign-ons/labels';
import { getSignerStatus } from '@/lib/sign-ons/queries';
import { letterPath } from '@/lib/urls';
import { editSignOnAction } from './actions';

export const metadata: Metadata = { title: 'Your sign-on', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ notice?: string }> };

const notices: Record<string, string> = {
  confirmed: 'Thank you: your email address is confirmed.',
  saved: 'Your changes are saved.',
  withdrawn: 'Your sign-on is withdrawn.',
};

export default async function SignerStatusPage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const s = await getSignerStatus(token);
  if (!s) notFound();
  const notice = notices[(await searchParams).notice ?? ''];
  const text = signerStatusLine(s);
  const org = s.kind === 'organization';

  return (
    <div className="max-w-2xl">
      <h1 className="font-serif text-3xl font-semibold mb-2">Your sign-on</h1>
      <p className="mb-6">
        Letter: <Link href={letterPath(s.campaign.slug)}>{s.campaign.title}</Link>
      </p>
      {notice && (
        <p role="status" className="mb-6 rounded-md border border-ok bg-white p-3 text-ok">
          {notice}
        </p>
      )}

      <section aria-labelledby="state-heading" className="card mb-6">
        <h2 id="state-heading" className="text-lg font-semibold mb-1">
          Status: <span data-testid="sign-on-status">{text.label}</span>
        </h2>
        <p className="mb-3">{text.detail}</p>
        <p className="text-sm text-muted">
          You signed version {s.versionSigned} of the letter
          {s.campaign.currentVersion !== s.versionSigned ? ` (the current version is ${s.campaign.currentVersion})` : ''}.
        </p>
      </section>

      <section aria-labelledby="fields-heading" className="card mb-6">
        <h2 id="fields-heading" className="text-lg font-semibold mb-3">
          {s.canEdit ? 'As shown on the letter' : 'As submitted'}
        </h2>
        {s.canEdit ? (
          <EditSignOnForm
            action={editSignOnAction.bind(null, token)}
            current={s}
            countries={countryOptions(s.campaign.language)}
            approved={s.status === 'approved'}
          />
        ) : (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{org ? 'Organization' : 'Name'}</dt>
            <dd>{s.displayName}</dd>
            {org && s.acronym && (
              <>
                <dt className="font-medium">Acronym</dt>
                <dd>{s.acronym}</dd>
              </>
            )}
            {!org && s.title && (
              <>
                <dt className="font-medium">Title</dt>
                <dd>{s.title}</dd>
              </>
            )}
            <dt className="font-medium">Country</dt>
            <dd>{s.countryName ?? (org ? 'International' : 'Not given')}</dd>
            {org && s.website && (
              <>
                <dt className="font-medium">Website</dt>
                <dd>{s.website}</dd>
              </>
            )}
          </dl>
        )}
        {!s.canEdit && s.status !== 'withdrawn' && s.status !== 'rejected' && (
          <p className="mt-3 text-sm text-muted">The list of signatories is final; this sign-on can no longer change.</p>
        )}
      </section>

      {s.canWithdraw && (
        <section aria-labelledby="withdraw-heading" className="card">
          <h2 id="withdraw-heading" className="text-lg font-semibold mb-2">
            Withdraw
          </h2>
          <p className="mb-3">You can take your name off this letter until its list of signatories is final.</p>
          <Link href={`/signed/${token}/withdraw`} className="btn-secondary">
            Withdraw my sign-on…
          </Link>
        </section>
      )}
    </div>
  );
}
