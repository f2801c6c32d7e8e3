import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ActionButtonForm } from '@/components/sign-ons/action-button-form';
import { NewLinkForm } from '@/components/sign-ons/new-link-form';
import { getVerifyLinkState } from '@/lib/sign-ons/queries';
import { letterPath } from '@/lib/urls';
import { newLinkAction } from '../../letters/[slug]/actions';
import { confirmSignOnAction } from './actions';

export const metadata: Metadata = { title: 'Confirm your sign-on', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/**
 * Opening the link changes nothing (mail scanners open links before people do); only the
 * button, a POST, confirms.
 */
export default async function VerifyPage({ params }: Props) {
  await connection();
  const { token } = await params;
  const link = await getVerifyLinkState(token);
  if (!link) notFound();
  const { campaign } = link;
  const letter = (
    <Link href={letterPath(campaign.slug)} className="font-semibold">
      {campaign.title}
    </Link>
  );

  if (link.state === 'ready') {
    return (
      <div className="max-w-xl">
        <h1 className="font-serif text-3xl font-semibold mb-4">Confirm your sign-on</h1>
        <p className="mb-2">You are about to sign the letter {letter}</p>
        <p className="mb-6">
          {link.kind === 'organization' ? 'for the organization' : 'as'} <strong>{link.displayName}</strong>.
        </p>
        <ActionButtonForm action={confirmSignOnAction.bind(null, token)} label="Confirm my sign-on" pendingLabel="Confirming…" />
      </div>
    );
  }

  const explanation = {
    used: 'This confirmation link has already been used. Each link works once; if you pressed the button, your sign-on is confirmed and the email we sent afterwards links to its status page.',
    expired: 'This confirmation link has expired: links work for 48 hours after they are sent.',
    withdrawn: 'This sign-on was withdrawn, so the link no longer works. You can sign again from the letter page.',
    final: 'The list of signatories for this letter is final, so sign-ons can no longer be confirmed.',
  }[link.state];
  const offerNewLink = (link.state === 'used' || link.state === 'expired') && campaign.acceptsSignOns;

  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold mb-4">
        {link.state === 'used' ? 'This link has already been used' : link.state === 'expired' ? 'This link has expired' : 'This link no longer works'}
      </h1>
      <p className="mb-4">{explanation}</p>
      <p className="mb-6">Letter: {letter}</p>
      {offerNewLink && (
        <section aria-labelledby="new-link-heading" className="card">
          <h2 id="new-link-heading" className="text-lg font-semibold mb-3">
            Get a new link
          </h2>
          <p className="mb-4 text-muted">If your sign-on still needs confirming, we will email you a fresh link.</p>
          <NewLinkForm action={newLinkAction.bind(null, campaign.slug)} />
        </section>
      )}
    </div>
  );
}
