import { formatEntry, groupHeading, kindHeading, sortCountryCodes } from './format';
import type { ListEntry, ListFormat, PositionedEntry } from './types';

type Kind = ListEntry['kind'];

/** Where the plain-text export reads entries from: in list order, optionally one country. */
export type TextSource = {
  batches(kind: Kind, country?: string | null): AsyncIterable<readonly PositionedEntry[]>;
  /** Country codes present among the entries of a kind (null = none given). */
  countries(kind: Kind): Promise<(string | null)[]>;
  count(kind: Kind): Promise<number>;
};

export type TextHeader = { title: string; summary: string; lines: string[] };

/** The list as plain text in the letter's own list format, written as it is read. */
export async function* textChunks(
  header: TextHeader,
  format: ListFormat,
  language: string,
  source: TextSource,
  headings: Record<Kind, string> = kindHeading,
): AsyncGenerator<string> {
  yield `${header.title}\n\n${header.summary}\n`;
  for (const line of header.lines) yield `${line}\n`;
  for (const kind of ['organization', 'individual'] as const) {
    if ((await source.count(kind)) === 0) continue;
    yield `\n${headings[kind]}\n${'='.repeat(headings[kind].length)}\n`;
    if (format !== 'grouped_by_country') {
      for await (const batch of source.batches(kind)) yield batch.map((e) => `${formatEntry(e, format, language)}\n`).join('');
      continue;
    }
    for (const country of sortCountryCodes(await source.countries(kind), language)) {
      const heading = groupHeading({ kind, country }, language);
      yield `\n${heading}\n${'-'.repeat(heading.length)}\n`;
      for await (const batch of source.batches(kind, country)) {
        yield batch.map((e) => `${formatEntry(e, format, language)}\n`).join('');
      }
    }
  }
}
