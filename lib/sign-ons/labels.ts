import type { SignOnStatus } from './lifecycle';

/** What a signer reads about their own sign-on on the status page. */
export const signerStatusText: Record<SignOnStatus, { label: string; detail: string }> = {
  pending_verification: {
    label: 'Waiting for your confirmation',
    detail: 'Open the link in the email we sent you and press “Confirm my sign-on”.',
  },
  verified: {
    label: 'Confirmed, awaiting review',
    detail: 'The coordinators will review your sign-on; your name appears on the letter once they approve it.',
  },
  approved: { label: 'Approved', detail: 'Your name appears on the letter.' },
  rejected: { label: 'Not accepted', detail: 'The coordinators did not add this sign-on to the letter.' },
  withdrawn: { label: 'Withdrawn', detail: 'You withdrew this sign-on; it no longer appears or counts anywhere.' },
};
