import { formatEntry, groupEntries, kindHeading } from '@/lib/lists/format';
import type { ListEntry, ListFormat } from '@/lib/lists/types';

type Props<T extends ListEntry> = {
  entries: readonly T[];
  format: ListFormat;
  language: string;
  /** Heading level of the two groups, so the page outline stays right wherever the list is used. */
  level?: 2 | 3;
  /** The two groups' headings in the page's language (English unless given). */
  headings?: { organization: string; individual: string; lang: string };
};

/** Entries already in list order, as two groups in the campaign's list format (SPEC §5). */
export function EntryList<T extends ListEntry & { position?: number }>({ entries, format, language, level = 2, headings }: Props<T>) {
  const Heading = `h${level}` as 'h2' | 'h3';
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  return (
    <div className="signatory-list" lang={language}>
      {groupEntries(entries, format, language).map((group) => (
        <section key={group.kind} aria-labelledby={`group-${group.kind}`} className="mt-6">
          <Heading id={`group-${group.kind}`} className="font-serif text-xl font-semibold mb-2" lang={headings?.lang ?? 'en'}>
            {headings?.[group.kind] ?? kindHeading[group.kind]}
          </Heading>
          {group.countries ? (
            group.countries.map((c) => (
              <div key={c.heading} className="signatory-country">
                <Sub className="font-semibold mt-4 mb-1">{c.heading}</Sub>
                <Lines entries={c.entries} format={format} language={language} />
              </div>
            ))
          ) : (
            <Lines entries={group.entries} format={format} language={language} />
          )}
        </section>
      ))}
    </div>
  );
}

function Lines({ entries, format, language }: { entries: readonly ListEntry[]; format: ListFormat; language: string }) {
  return (
    <ul className="signatory-lines">
      {entries.map((e, i) => (
        <li key={i}>{formatEntry(e, format, language)}</li>
      ))}
    </ul>
  );
}
