import { stringify, type Options } from 'csv-stringify';
import { Readable } from 'node:stream';
import { countryName } from './countries';
import type { PositionedEntry } from './types';

export const csvColumns = ['position', 'kind', 'name', 'acronym', 'title', 'country', 'country_name'] as const;

/**
 * RFC 4180 (CRLF, quotes doubled) and safe to open in a spreadsheet: a cell starting with
 * = + - @, tab or CR is prefixed with ' so it is never run as a formula (SPEC §6).
 */
export const csvOptions: Options = {
  header: true,
  columns: [...csvColumns],
  record_delimiter: 'windows',
  escape_formulas: true,
  bom: false,
};

export const csvRow = (e: PositionedEntry, language: string) => ({
  position: String(e.position),
  kind: e.kind,
  name: e.name,
  acronym: e.acronym ?? '',
  title: e.title ?? '',
  country: e.country ?? '',
  country_name: countryName(e.country, language) ?? '',
});

type Batches = AsyncIterable<readonly PositionedEntry[]> | Iterable<readonly PositionedEntry[]>;

async function* rows(batches: Batches, language: string) {
  for await (const batch of batches) for (const e of batch) yield csvRow(e, language);
}

/** A web stream of the CSV, written batch by batch as the entries are read. */
export function csvStream(batches: Batches, language: string): ReadableStream<Uint8Array> {
  const stringifier = stringify(csvOptions);
  Readable.from(rows(batches, language)).on('error', (e) => stringifier.destroy(e)).pipe(stringifier);
  return Readable.toWeb(stringifier) as ReadableStream<Uint8Array>;
}
