import { diffWords } from 'diff';
import type { LetterText } from './schemas';

export type DiffSegment = { value: string; added?: boolean; removed?: boolean };

export const letterFieldLabels: Record<keyof LetterText, string> = {
  title: 'Title',
  dateLine: 'Date line',
  addressees: 'Addressees',
  body: 'Body',
  closing: 'Closing',
  cc: 'CC',
  individualsFootnote: 'Footnote for individuals',
};

const order = Object.keys(letterFieldLabels) as (keyof LetterText)[];

/** Word-level changes, merged into plain segments a template or page can mark up. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  return diffWords(before, after).map((c) => ({
    value: c.value,
    ...(c.added ? { added: true } : {}),
    ...(c.removed ? { removed: true } : {}),
  }));
}

export type FieldDiff = { field: keyof LetterText; label: string; segments: DiffSegment[] };

/** The fields that differ between two versions, each as a word diff. */
export function diffLetters(before: LetterText, after: LetterText): FieldDiff[] {
  return order
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, label: letterFieldLabels[field], segments: wordDiff(before[field], after[field]) }));
}

export const sameLetter = (a: LetterText, b: LetterText) => order.every((f) => a[f] === b[f]);
