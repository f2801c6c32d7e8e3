import type { DomainErrorCode } from '../errors';

/**
 * What the review queue says after a form posts back. The address carries only a code (and
 * for some a count or an entry id); the words are fixed here, so nobody can make the page say
 * something else by sending a coordinator a crafted link. Unknown codes say nothing.
 */
export const reviewNotices = {
  approved: 'Approved',
  rejected: 'Rejected',
  unreviewed: 'Moved back to review',
  'bulk-approved': 'Approved',
  'bulk-rejected': 'Rejected',
  'nothing-selected': 'Nothing was selected.',
  merged: 'Merged: the other entry is now a rejected duplicate of the one kept.',
  saved: 'Saved your changes; the original submission is kept.',
  'convener-set': 'Marked as a convener',
  'convener-unset': 'No longer marked as a convener',
} as const;
export type ReviewNotice = keyof typeof reviewNotices;

export const reviewErrors = {
  not_found: 'That entry or campaign no longer exists.',
  forbidden: 'You are not allowed to do that on this campaign.',
  invalid_transition: 'That is not possible in the entry’s current state, or while the campaign is in its current state.',
  conflict: 'Someone else changed this entry a moment ago. The queue now shows its current state.',
  rate_limited: 'Too many requests just now. Please wait a moment and try again.',
  invalid_input: 'Something in the form was not valid. Please try again.',
  merge_refused: 'These entries cannot be merged: the one kept must not be withdrawn or rejected, and the other must not be withdrawn or merged already.',
  server: 'Something went wrong on our side. Please try again.',
} as const satisfies Record<DomainErrorCode | 'merge_refused' | 'server', string>;
export type ReviewError = keyof typeof reviewErrors;

const isKey = <T extends object>(table: T, key: string | undefined): key is Extract<keyof T, string> =>
  key !== undefined && Object.hasOwn(table, key);

/** The sentence for a notice code, with its count or the entry's name when the code takes one. */
export function reviewNoticeText(code: string | undefined, detail: { count?: number; name?: string | null }): string | null {
  if (!isKey(reviewNotices, code)) return null;
  const text = reviewNotices[code];
  if (code === 'bulk-approved' || code === 'bulk-rejected') {
    const n = detail.count ?? 0;
    return `${text} ${n} ${n === 1 ? 'entry' : 'entries'}.`;
  }
  if (code === 'approved' || code === 'rejected' || code === 'unreviewed' || code === 'convener-set' || code === 'convener-unset') {
    return `${text}: ${detail.name ?? 'the entry'}.`;
  }
  return text;
}

export const reviewErrorText = (code: string | undefined): string | null => (isKey(reviewErrors, code) ? reviewErrors[code] : null);
