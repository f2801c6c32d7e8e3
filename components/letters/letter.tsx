import type { LetterText } from '@/lib/letters/schemas';
import { Markdown } from './markdown';

/** The footnote belongs to the signatory list, not the letter body. */
type LetterContent = Omit<LetterText, 'individualsFootnote'>;

/** The letter exactly as it will be delivered; the editor preview uses the same component. */
export function Letter({ letter, lang }: { letter: LetterContent; lang: string }) {
  return (
    <article lang={lang} className="letter">
      <h1 className="letter-title">{letter.title}</h1>
      {letter.dateLine && <p className="letter-date">{letter.dateLine}</p>}
      {letter.addressees && <address className="letter-addressees">{letter.addressees}</address>}
      <div className="letter-body prose">
        <Markdown source={letter.body} />
      </div>
      {letter.closing && <p className="letter-closing">{letter.closing}</p>}
      {letter.cc && (
        <p className="letter-cc">
          <span className="font-semibold">CC: </span>
          {letter.cc}
        </p>
      )}
    </article>
  );
}
