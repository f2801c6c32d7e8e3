import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '@/lib/errors';
import { entriesFromCsv, readCsv } from '@/lib/import/csv';
import { guessColumnRoles } from '@/lib/import/parse';
import { summarizeImport } from '@/lib/import/summary';

const pick = (e: { kind: string; name: string; acronym: string | null; title: string | null; country: string | null; flags: string[] }) => [
  e.kind,
  e.name,
  e.acronym,
  e.title,
  e.country,
  e.flags,
];

describe('CSV upload', () => {
  it('reads a comma-separated export with quoted cells and guesses the columns from the header', () => {
    const table = readCsv(
      [
        'Organization name,Acronym,Country,Website',
        '"Example Heron Trust, Nairobi",EHT,Kenya,https://heron.example',
        'Example Finch Forum,,Perú,',
        '"Example ""Wren"" Union",EWU,Scotland,',
        ',,,',
        'Example Heron Trust Nairobi,,Kenya,',
      ].join('\r\n'),
    );
    expect(table.headers).toEqual(['Organization name', 'Acronym', 'Country', 'Website']);
    expect(guessColumnRoles(table.headers)).toEqual(['name', 'acronym', 'country', 'ignore']);
    const entries = entriesFromCsv(table);
    expect(entries.map(pick)).toEqual([
      ['organization', 'Example Heron Trust, Nairobi', 'EHT', null, 'KE', []],
      ['organization', 'Example Finch Forum', null, null, 'PE', []],
      ['organization', 'Example "Wren" Union', 'EWU', null, 'GB', ['region_mapped']],
      ['organization', 'Example Heron Trust Nairobi', null, null, 'KE', ['duplicate_in_paste']],
    ]);
    expect(summarizeImport(entries).sentence).toBe('3 organizations from 3 countries');
  });

  it('reads semicolon-separated files and a type column, with a mapping the coordinator chose', () => {
    const table = readCsv('\uFEFFWho;Kind;Role;Where\nJane Placeholder;Individual;Professor of Law;Ghana\nExample Marsh Trust;Organisation;;Kashmir\nOmar Sample;individual;;\n');
    expect(guessColumnRoles(table.headers)).toEqual(['name', 'kind', 'title', 'ignore']);
    const entries = entriesFromCsv(table, ['name', 'kind', 'title', 'country']);
    expect(entries.map(pick)).toEqual([
      ['individual', 'Jane Placeholder', null, 'Professor of Law', 'GH', []],
      ['organization', 'Example Marsh Trust, Kashmir', null, null, null, ['country_not_recognised']],
      ['individual', 'Omar Sample', null, null, null, []],
    ]);
  });

  it('reads tab-separated files and says clearly what is wrong with a file', () => {
    const entries = entriesFromCsv(readCsv('Name\tCountry\nExample Tern Watch\tGhana\nExample Gull Forum\tU.K.\nExample Auk Alliance\tAtlantis\n'));
    expect(entries.map((e) => [e.name, e.country, e.flags])).toEqual([
      ['Example Tern Watch', 'GH', []],
      ['Example Gull Forum', 'GB', []],
      ['Example Auk Alliance, Atlantis', null, ['country_not_recognised']],
    ]);
    expect(() => readCsv('')).toThrow('This file is empty.');
    expect(() => entriesFromCsv(readCsv('A,B\n1,2\n'), ['ignore', 'country'])).toThrow('Choose the column that holds the names.');
  });

  it('never fails on arbitrary text except with a clear invalid-input error', () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('"', '""', ',', ';', '\t', '\n', '\r\n', 'Kenya', 'Name', 'Country'));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), (parts) => {
        try {
          const entries = entriesFromCsv(readCsv(parts.join('')));
          for (const e of entries) expect(e.name.trim()).not.toBe('');
        } catch (error) {
          expect(isDomainError(error) && error.code === 'invalid_input').toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
