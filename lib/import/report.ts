import type { Reading } from './parse';
import type { ParsedEntry } from './types';
import { summarizeImport } from './summary';

/**
 * The JSON the command line prints with --json (issue 8's contract); `readings` is added
 * only when a section of the list reads two ways.
 */
export function importReport(entries: readonly ParsedEntry[], readings: readonly Reading[] = []) {
  const summary = summarizeImport(entries);
  const report = {
    entries: entries.map((e) => ({
      kind: e.kind,
      name: e.name,
      acronym: e.acronym,
      title: e.title,
      country: e.country,
      flags: e.flags,
      line: e.line,
    })),
    summary: { organizations: summary.organizations, individuals: summary.individuals, countries: summary.countries },
    duplicates: summary.duplicates,
  };
  return readings.length > 0 ? { ...report, readings } : report;
}

/** One line per section in doubt, for the terminal. */
export function readingNotes(readings: readonly Reading[]): string[] {
  return readings.map(
    (r) =>
      `Lines ${r.line}-${r.lastLine} could also be read as ${r.alternative === 'lines' ? 'one entry per line' : 'people with their titles'}: add --read-as ${r.line}=${r.alternative}`,
  );
}

const columns = ['#', 'kind', 'name', 'acronym', 'title', 'country', 'flags', 'line'] as const;
const widths: Record<(typeof columns)[number], number> = { '#': 4, kind: 12, name: 40, acronym: 10, title: 30, country: 7, flags: 30, line: 50 };

function fit(text: string, width: number): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  const cut = chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : chars.join('');
  return cut.padEnd(width);
}

/** A fixed-width preview table for a terminal: one row per entry, the original line last. */
export function previewTable(entries: readonly ParsedEntry[]): string {
  const header = columns.map((c) => fit(c, widths[c])).join(' ').trimEnd();
  const rows = entries.map((e, i) => {
    const cells: Record<(typeof columns)[number], string> = {
      '#': String(i + 1),
      kind: e.kind,
      name: e.name,
      acronym: e.acronym ?? '',
      title: e.title ?? '',
      country: e.country ?? '',
      flags: e.flags.join(','),
      line: e.line.split('\n').join(' ⏎ '),
    };
    return columns.map((c) => fit(cells[c], widths[c])).join(' ').trimEnd();
  });
  return [header, '-'.repeat(header.length), ...rows].join('\n');
}
