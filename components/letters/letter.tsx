import { Markdown } from './markdown';

export type LetterContent = {
  title: string;
  dateLine: string;
  addressees: string;
  body: string;
  closing: string;
  cc: string;
};

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
