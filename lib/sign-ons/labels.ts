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

/** An entry's name as the list shows it: the acronym after the name. */
export const publicEntryName = (entry: { displayName: string; acronym: string | null }) =>
  entry.acronym ? `${entry.displayName} (${entry.acronym})` : entry.displayName;

/** The entry a rejected duplicate was merged into, as its signer is told about it. */
export type MergedInto = { name: string; onLetter: boolean };

/** A merge is not a refusal: the signatory is on the letter, once, under the other entry. */
export function mergedText(into: MergedInto, whose: 'this' | 'your'): string {
  const where = into.onLetter ? 'which is on the letter: it is counted once.' : 'which awaits their review.';
  return `The coordinators merged ${whose} sign-on into “${into.name}”, ${where}`;
}

/** What the status page says about a sign-on. */
export function signerStatusLine(s: { status: SignOnStatus; mergedInto: MergedInto | null }): { label: string; detail: string } {
  if (s.status === 'rejected' && s.mergedInto) return { label: 'Merged', detail: mergedText(s.mergedInto, 'this') };
  return signerStatusText[s.status];
}
