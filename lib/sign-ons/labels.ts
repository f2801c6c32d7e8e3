import { translatorFor } from '../i18n/translator';
import type { SignOnStatus } from './lifecycle';

/** An entry's name as the list shows it: the acronym after the name. */
export const publicEntryName = (entry: { displayName: string; acronym: string | null }) =>
  entry.acronym ? `${entry.displayName} (${entry.acronym})` : entry.displayName;

/** The entry a rejected duplicate was merged into, as its signer is told about it. */
export type MergedInto = { name: string; onLetter: boolean };

/**
 * What the status page says about a sign-on, in the signer's language. A merge is not a
 * refusal: the signatory is on the letter, once, under the other entry.
 */
export function signerStatusLine(s: { status: SignOnStatus; mergedInto: MergedInto | null }, locale = 'en'): { label: string; detail: string } {
  const t = translatorFor(locale, 'signed');
  if (s.status === 'rejected' && s.mergedInto) {
    const { name, onLetter } = s.mergedInto;
    return { label: t('states.merged'), detail: t(onLetter ? 'details.mergedOnLetter' : 'details.mergedAwaiting', { name }) };
  }
  return { label: t(`states.${s.status}`), detail: t(`details.${s.status}`) };
}
