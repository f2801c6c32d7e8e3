import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ActionButtonForm } from '@/components/sign-ons/action-button-form';
import { signerStatusUrl } from '@/lib/sign-ons/paths';
import { getSignerStatus } from '@/lib/sign-ons/queries';
import { withdrawSignOnAction } from '../actions';

export const metadata: Metadata = { title: 'Withdraw your sign-on', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/** A confirmation step: the link in a "letter changed" email lands here, and only the POST withdraws. */
export default async function WithdrawPage({ params }: Props) {
  await connection();
  const { token } = await params;
  const s = await getSignerStatus(token);
  if (!s) notFound();
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold mb-4">Withdraw your sign-on</h1>
      <p className="mb-2">
        Letter: <strong>{s.campaign.title}</strong>
      </p>
      <p className="mb-6">
        Signed {s.kind === 'organization' ? 'for' : 'as'} <strong>{s.displayName}</strong>.
      </p>
      {s.canWithdraw ? (
        <>
          <p className="mb-6">
            Withdrawing removes this sign-on from the letter and from its counts at once. You can sign again later while
            the letter is open.
          </p>
          <div className="flex flex-wrap items-center gap-4">
            <ActionButtonForm
              action={withdrawSignOnAction.bind(null, token)}
              label="Yes, withdraw my sign-on"
              pendingLabel="Withdrawing…"
              variant="danger"
            />
            <Link href={signerStatusUrl(token)}>No, keep it</Link>
          </div>
        </>
      ) : (
        <p>
          This sign-on cannot be withdrawn any more ({s.status === 'withdrawn' ? 'it is already withdrawn' : 'the list is final'}).{' '}
          <Link href={signerStatusUrl(token)}>Back to your sign-on</Link>
        </p>
      )}
    </div>
  );
}
