import canonicalize from 'canonicalize';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvStream } from '@/lib/lists/csv';
import { documentText, hashDocument, sha256Hex, DOCUMENT_FORMAT, type ListDocumentMeta } from '@/lib/lists/document';
import { formatEntry, groupEntries } from '@/lib/lists/format';
import { sortEntries } from '@/lib/lists/order';
import { textChunks, type TextSource } from '@/lib/lists/text';
import type { ListEntry, PositionedEntry } from '@/lib/lists/types';

const org = (name: string, extra: Partial<ListEntry> = {}): ListEntry => ({ kind: 'organization', name, acronym: null, title: null, country: null, ...extra });
const person = (name: string, extra: Partial<ListEntry> = {}): ListEntry => ({ kind: 'individual', name, acronym: null, title: null, country: null, ...extra });
const names = (entries: ListEntry[]) => entries.map((e) => e.name);

describe('list order', () => {
  it('puts organizations before individuals and ignores a leading "The"', () => {
    const sorted = sortEntries([person('Adams'), org('Zeta'), org('The Basin Institute'), org('Apex'), org('Theatre Guild')], 'en');
    expect(names(sorted)).toEqual(['Apex', 'The Basin Institute', 'Theatre Guild', 'Zeta', 'Adams']);
  });

  it('sorts accented names where a reader of the language expects them', () => {
    expect(names(sortEntries([org('Zola'), org('Émile'), org('Eve'), org('Ábaco'), org('Azur')], 'fr'))).toEqual([
      'Ábaco',
      'Azur',
      'Émile',
      'Eve',
      'Zola',
    ]);
    // Swedish sorts Ö after Z; English does not.
    expect(names(sortEntries([org('Örebro'), org('Zebra')], 'sv'))).toEqual(['Zebra', 'Örebro']);
    expect(names(sortEntries([org('Örebro'), org('Zebra')], 'en'))).toEqual(['Örebro', 'Zebra']);
  });

  it('sorts Hangul in Korean order, first in a Korean letter and after Latin in an English one', () => {
    const entries = [org('Kim Foundation'), org('한국환경회의'), org('강 살리기'), org('나눔')];
    expect(names(sortEntries(entries, 'ko'))).toEqual(['강 살리기', '나눔', '한국환경회의', 'Kim Foundation']);
    expect(names(sortEntries(entries, 'en'))).toEqual(['Kim Foundation', '강 살리기', '나눔', '한국환경회의']);
  });

  it('gives the same order whatever order the entries come in', () => {
    const entries = [org('The A'), org('A'), org('a'), org('Á'), org('A', { acronym: 'X' }), person('A'), person('The A')];
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length }), (shuffled) => {
        expect(sortEntries(shuffled, 'en')).toEqual(sortEntries(entries, 'en'));
      }),
    );
  });

  it('falls back to English for a language tag it cannot use', () => {
    expect(names(sortEntries([org('b'), org('a')], 'not a language!'))).toEqual(['a', 'b']);
  });
});

describe('list formats', () => {
  const rca = org('River Commons Alliance', { acronym: 'RCA', country: 'NL' });
  const gfn = org('Global Freshwater Network', { acronym: 'GFN' });
  const ada = person('Ada Lovelace', { title: 'Mathematician', country: 'GB' });

  it('writes organizations as "Name (ACRONYM), Country", "Name — Country" or without the country under its heading, and nothing after the name without one', () => {
    expect(formatEntry(rca, 'name_acronym_country')).toBe('River Commons Alliance (RCA), Netherlands');
    expect(formatEntry(gfn, 'name_acronym_country')).toBe('Global Freshwater Network (GFN)');
    expect(formatEntry(org('Plain'), 'name_acronym_country')).toBe('Plain');
    expect(formatEntry(rca, 'name_dash_country')).toBe('River Commons Alliance — Netherlands');
    expect(formatEntry(gfn, 'name_dash_country')).toBe('Global Freshwater Network');
    expect(formatEntry(rca, 'grouped_by_country')).toBe('River Commons Alliance (RCA)');
  });

  it('writes individuals as "Name — title, Country" and leaves out what they did not give', () => {
    expect(formatEntry(ada, 'name_acronym_country')).toBe('Ada Lovelace — Mathematician, United Kingdom');
    expect(formatEntry(ada, 'name_dash_country')).toBe('Ada Lovelace — Mathematician, United Kingdom');
    expect(formatEntry(person('Tom'), 'name_dash_country')).toBe('Tom');
    expect(formatEntry(person('Tom', { country: 'FR' }), 'name_dash_country')).toBe('Tom — France');
    expect(formatEntry(person('Tom', { title: 'Poet' }), 'name_dash_country')).toBe('Tom — Poet');
    expect(formatEntry(ada, 'grouped_by_country')).toBe('Ada Lovelace — Mathematician');
  });

  it('names countries in the letter’s language, so one country is never written two ways', () => {
    expect(formatEntry(rca, 'name_dash_country', 'fr')).toBe('River Commons Alliance — Pays-Bas');
    expect(formatEntry(org('X', { country: 'GB' }), 'name_dash_country', 'en')).toBe('X — United Kingdom');
  });

  it('groups under country headings sorted by name, international last, order kept inside', () => {
    const entries = sortEntries([rca, gfn, org('Anchor', { country: 'NL' }), org('Zulu', { country: 'DE' }), ada], 'en');
    const groups = groupEntries(entries, 'grouped_by_country', 'en');
    expect(groups.map((g) => g.kind)).toEqual(['organization', 'individual']);
    expect(groups[0]!.countries!.map((c) => [c.heading, names(c.entries)])).toEqual([
      ['Germany', ['Zulu']],
      ['Netherlands', ['Anchor', 'River Commons Alliance']],
      ['International', ['Global Freshwater Network']],
    ]);
    expect(groupEntries(entries, 'name_dash_country', 'en')[0]!.countries).toBeNull();
  });
});

async function collect(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('CSV export', () => {
  const dangerous = ['=SUM(A1:A2)', '+1 555', '-2+3', '@cmd', '\tTabbed', '\rReturn', '=HYPERLINK("http://x")'];
  const safe = ['Plain', 'Comma, Inc.', 'Quote "Q" Ltd', 'Line\nbreak', 'Crlf\r\nin', 'Ünïcödé 강', '', 'a-b'];

  it('prefixes formula-like cells with a quote and every cell round-trips through a CSV parser', async () => {
    const entries: PositionedEntry[] = [...dangerous, ...safe].map((name, i) => ({
      position: i + 1,
      kind: 'organization',
      name: name || 'x',
      acronym: name,
      title: null,
      country: i % 2 ? 'FR' : null,
    }));
    const text = await collect(csvStream([entries.slice(0, 5), entries.slice(5)], 'en'));
    expect(text.startsWith('position,kind,name,acronym,title,country,country_name\r\n')).toBe(true);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(entries.length);
    rows.forEach((row, i) => {
      const e = entries[i]!;
      const expected = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
      expect(row.name).toBe(expected(e.name));
      expect(row.acronym).toBe(expected(e.acronym ?? ''));
      expect(row.position).toBe(String(i + 1));
      expect(row.country_name).toBe(e.country ? 'France' : '');
    });
    for (const v of dangerous) expect(rows.some((r) => r.name === `'${v}`)).toBe(true);
  });

  it('round-trips arbitrary names', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', minLength: 1 }), { minLength: 1, maxLength: 20 }), async (values) => {
        const entries: PositionedEntry[] = values.map((name, i) => ({ position: i + 1, kind: 'individual', name, acronym: null, title: name, country: null }));
        const rows = parse(await collect(csvStream([entries], 'en')), { columns: true }) as Record<string, string>[];
        expect(rows.map((r) => r.title)).toEqual(values.map((v) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(v) ? `'${v}` : v)));
      }),
      { numRuns: 20 },
    );
  }, 30_000);
});

describe('canonical JSON document', () => {
  const meta: ListDocumentMeta = {
    format: DOCUMENT_FORMAT,
    campaign: { slug: 'x', title: 'Ünïcode “letter” \u2028', language: 'en' },
    letterVersion: 3,
    lockedAt: '2026-11-25T08:00:00.123Z',
    counts: { organizations: 2, individuals: 1, countries: 2 },
    summary: '2 organizations and 1 individual from 2 countries',
  };
  const entries: PositionedEntry[] = [
    { position: 1, kind: 'organization', name: 'A "quoted" org', acronym: 'AQO', title: null, country: 'FR' },
    { position: 2, kind: 'organization', name: '강 살리기 😀', acronym: null, title: null, country: 'KR' },
    { position: 3, kind: 'individual', name: 'Zoë', acronym: null, title: 'Back\\slash', country: null },
  ];

  it('streams exactly the RFC 8785 form of the whole document, in any batching', async () => {
    const whole = canonicalize({ ...meta, entries });
    expect(await documentText(meta, [entries])).toBe(whole);
    expect(await documentText(meta, [entries.slice(0, 1), [], entries.slice(1)])).toBe(whole);
    expect(await documentText(meta, [])).toBe(canonicalize({ ...meta, entries: [] }));
  });

  it('hashes those bytes with SHA-256', async () => {
    const hash = await hashDocument(meta, [entries]);
    expect(hash).toBe(sha256Hex(canonicalize({ ...meta, entries })!));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashDocument({ ...meta, letterVersion: 4 }, [entries])).not.toBe(hash);
  });
});

describe('plain text export', () => {
  it('writes the list in the letter’s own format, grouped when the campaign groups', async () => {
    const entries: PositionedEntry[] = sortEntries(
      [org('Zulu', { country: 'DE' }), org('Anchor', { country: 'NL' }), org('Global'), person('Ada', { title: 'Poet', country: 'GB' })],
      'en',
    ).map((e, i) => ({ ...e, position: i + 1 }));
    const source: TextSource = {
      async *batches(kind, country) {
        yield entries.filter((e) => e.kind === kind && (country === undefined || e.country === country));
      },
      countries: async (kind) => [...new Set(entries.filter((e) => e.kind === kind).map((e) => e.country))],
      count: async (kind) => entries.filter((e) => e.kind === kind).length,
    };
    let grouped = '';
    for await (const c of textChunks({ title: 'T', summary: 'S', lines: ['L'] }, 'grouped_by_country', 'en', source)) grouped += c;
    expect(grouped).toBe(
      'T\n\nS\nL\n\nOrganizations\n=============\n\nGermany\n-------\nZulu\n\nNetherlands\n-----------\nAnchor\n\nInternational\n-------------\nGlobal\n' +
        '\nIndividuals\n===========\n\nUnited Kingdom\n--------------\nAda — Poet\n',
    );
    let flat = '';
    for await (const c of textChunks({ title: 'T', summary: 'S', lines: [] }, 'name_dash_country', 'en', source)) flat += c;
    expect(flat).toContain('Organizations\n=============\nAnchor — Netherlands\nGlobal\nZulu — Germany\n');
  });
});
