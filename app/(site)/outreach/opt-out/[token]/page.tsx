import type { Metadata } from 'next';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { getOptOutTarget } from '@/lib/outreach/queries';
import { openPrivateLink, type PrivateLinkParams } from '@/app/signed/private-link';
import { optOutAction } from './actions';

export const metadata: Metadata = { title: 'Stop invitations', robots: { index: false, follow: false } };

/** Opening the link changes nothing (mail scanners open links): the button does. */
export default async function OptOutPage({ params }: { params: PrivateLinkParams }) {
  const { token, found: target } = await openPrivateLink(params, getOptOutTarget);
  return (
    <div className="max-w-2xl">
      <h1 className="font-serif text-3xl font-semibold mb-4">Stop invitations about “{target.campaignTitle}”</h1>
      {target.state === 'opted_out' ? (
        <p role="status">{target.name} has opted out. We will not write to you about this letter again.</p>
      ) : target.state === 'signed' ? (
        <p role="status">{target.name} has signed this letter, so no more invitations or reminders go out. Thank you.</p>
      ) : (
        <ActionForm action={optOutAction.bind(null, token)} className="card space-y-4">
          <p>The coordinators of this letter will not send {target.name} any more invitations or reminders about it.</p>
          <SubmitButton>Stop invitations</SubmitButton>
        </ActionForm>
      )}
    </div>
  );
}
