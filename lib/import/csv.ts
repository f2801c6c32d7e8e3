import { parse } from 'csv-parse/sync';
import { DomainError } from '../errors';
import { entriesFromTable, guessColumnRoles, type ColumnRole, type ParsedEntry, type ParseOptions, type TableRow } from './parse';

export type CsvTable = { headers: string[]; rows: TableRow[] };

/** Large enough for any real list; beyond it a file is not a signatory list. */
const MAX_ROWS = 10_000;

/**
 * Reads an uploaded CSV (comma, semicolon or tab separated, as spreadsheets save it) into
 * its header and rows, for the column-mapping step.
 */
export function readCsv(text: string): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
      info: true,
      to: MAX_ROWS + 1,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new DomainError('invalid_input', `This file could not be read as CSV: ${(error as Error).message}`);
  }
  const [header, ...body] = records;
  if (!header) throw new DomainError('invalid_input', 'This file is empty.');
  return {
    headers: header.record,
    // lineNumber is the line a record ends on (a quoted cell may span lines).
    rows: body.map(({ record, info }) => ({ cells: record, line: record.filter(Boolean).join(' | '), lineNumber: info.lines })),
  };
}

/** The separator the header line uses most: spreadsheets in many locales save with ";". */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, 5000).split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** Entries from a CSV with the coordinator's column mapping (or the one guessed from the header). */
export function entriesFromCsv(table: CsvTable, roles: readonly ColumnRole[] = guessColumnRoles(table.headers), options: ParseOptions = {}): ParsedEntry[] {
  if (!roles.includes('name')) throw new DomainError('invalid_input', 'Choose the column that holds the names.');
  return entriesFromTable(table.rows, roles, options);
}
