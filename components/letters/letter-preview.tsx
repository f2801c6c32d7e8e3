import type { LetterText } from '@/lib/letters/schemas';
import { Letter } from './letter';

/**
 * A letter as coordinators check it before it goes out: the text, then the footnote that the
 * public page prints with the list of individuals, so that it is proofread too.
 */
export function LetterPreview({ letter, lang }: { letter: LetterText; lang: string }) {
  return (
    <>
      <Letter letter={letter} lang={lang} />
      {letter.individualsFootnote && <p className="mt-6 text-sm text-muted">{letter.individualsFootnote}</p>}
    </>
  );
}
