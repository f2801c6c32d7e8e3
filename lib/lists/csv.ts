import { stringify, type Options } from 'csv-stringify/sync';
import { countryName } from './countries';
import type { PositionedEntry } from './types';

export const csvColumns = ['position', 'kind', 'name', 'acronym', 'title', 'country', 'country_name'] as const;

/**
 * RFC 4180 (CRLF, quotes doubled) and safe to open in a spreadsheet: a cell starting with
 * = + - @, tab or CR is prefixed with ' so it is never run as a formula (SPEC §6).
 */
export const csvOptions: Options = {
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

/** Excel on Windows reads a CSV as the local code page unless it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/** The CSV piece by piece: one chunk per batch of entries, the byte-order mark and header first. */
export async function* csvChunks(batches: Batches, language: string): AsyncGenerator<string> {
  yield UTF8_BOM + stringify([], { ...csvOptions, header: true });
  for await (const batch of batches) {
    if (batch.length > 0) yield stringify(batch.map((e) => csvRow(e, language)), { ...csvOptions, header: false });
  }
}

/** A pull-based byte stream over text chunks: the next chunk is produced when the reader asks. */
export function streamText(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}

/**
 * `Content-Disposition` that downloads as a file (RFC 6266): a plain ASCII `filename` for old
 * clients and the exact name as `filename*` (RFC 8187).
 */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** A web stream of the CSV, written batch by batch as the entries are read. */
export const csvStream = (batches: Batches, language: string) => streamText(csvChunks(batches, language));
