import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSignatoryDocument, parseSignatoryList, type ParsedEntry } from '@/lib/import/parse';
import { summarizeImport } from '@/lib/import/summary';

// Lists laid out in blocks, as letters print them. Every name here is invented.

const lines = (...l: string[]) => l.join('\n');
const brief = (e: ParsedEntry) => [e.kind === 'organization' ? 'org' : 'person', e.name, e.country, ...(e.title ? [e.title] : []), ...(e.flags.length ? [e.flags] : [])];
const read = (text: string, options?: Parameters<typeof parseSignatoryList>[1]) => parseSignatoryList(text, options).map(brief);
const sentence = (text: string) => summarizeImport(parseSignatoryList(text)).sentence;

// Pieces of the layouts below, each with how it reads; the mixed document at the end puts
// them together, so it checks that each layout still reads the same next to the others.
const countriesBelow = {
  text: ['Kestrel Valley Water Forum', 'Kenya', 'Blue Delta Fisherfolk', 'Bangladesh', 'RIVERWATCH-Mekong Thailand', 'Thailand', 'Orchid Coast Alliance', 'International'],
  read: [
    ['org', 'Kestrel Valley Water Forum', 'KE'],
    ['org', 'Blue Delta Fisherfolk', 'BD'],
    ['org', 'RIVERWATCH-Mekong', 'TH'],
    ['org', 'Orchid Coast Alliance', null],
  ],
};
const splitRows = {
  text: ['Heron Bay Trust |', '| Kenya |', 'Lantern River Union |', '|'],
  read: [
    ['org', 'Heron Bay Trust', 'KE'],
    ['org', 'Lantern River Union', null],
  ],
};
const personBlocks = {
  text: ['Jane Doe, Baroness', 'Chairperson, Free the Rivers Movement, Philippines', '', 'Min-jun Park, Ph.D.', 'Professor of Hydrology, Example University, South Korea'],
  read: [
    ['person', 'Jane Doe, Baroness', 'PH', 'Chairperson, Free the Rivers Movement'],
    ['person', 'Min-jun Park, Ph.D.', 'KR', 'Professor of Hydrology, Example University'],
  ],
};
const namesAndTitles = {
  text: ['Omar Castillo', 'Professor of Law, University of Example, Chile', 'Ling Wei', 'Researcher'],
  read: [
    ['person', 'Omar Castillo', 'CL', 'Professor of Law, University of Example'],
    ['person', 'Ling Wei', null, 'Researcher'],
  ],
};

describe('a name on one line, its country alone on the next, no blank lines', () => {
  it('pairs the lines even when the name already ends with the same country', () => {
    const text = lines(...countriesBelow.text, 'Hilltop Seed Keepers', 'Peru', 'Tamarind Youth Voices USA', 'USA');
    expect(read(text)).toEqual([
      ...countriesBelow.read,
      ['org', 'Hilltop Seed Keepers', 'PE'],
      ['org', 'Tamarind Youth Voices', 'US'],
    ]);
    expect(sentence(text)).toBe('6 organizations from 5 countries');
  });

  it('keeps a place it does not recognise flagged, never international', () => {
    expect(
      read(lines('1. Sandgrouse Pastoralists Network', 'Somaliland', '2. Lotus Lake Collective', 'Cambodia', '3. Mangrove Guardians of the Bay', 'Philippines', '4. Quiet Harbour Initiative', 'Scotland', '5. Saltpan Workers Circle', 'Unknown')),
    ).toEqual([
      ['org', 'Sandgrouse Pastoralists Network, Somaliland', null, ['country_not_recognised']],
      ['org', 'Lotus Lake Collective', 'KH'],
      ['org', 'Mangrove Guardians of the Bay', 'PH'],
      ['org', 'Quiet Harbour Initiative', 'GB', ['region_mapped']],
      ['org', 'Saltpan Workers Circle', null, ['country_not_recognised']],
    ]);
  });

  it('reads names shaped like a person’s and countries of several words', () => {
    const text = lines('Amberley Tenants Voice', 'Australia', 'Willow Creek Mothers', 'South Africa', 'Marigold Health Circle', "Côte d'Ivoire", 'Copper Hill Residents', 'New Zealand', 'Granite Springs Network', 'Global');
    expect(read(text)).toEqual([
      ['org', 'Amberley Tenants Voice', 'AU'],
      ['org', 'Willow Creek Mothers', 'ZA'],
      ['org', 'Marigold Health Circle', 'CI'],
      ['org', 'Copper Hill Residents', 'NZ'],
      ['org', 'Granite Springs Network', null],
    ]);
    expect(sentence(text)).toBe('5 organizations from 4 countries');
  });

  it('reads a place it cannot name between two countries as that entry’s, flagged', () => {
    expect(read(lines('Dune Farmers Union', 'Mali', 'Example Plateau Herders', 'West Kordofan', 'Baobab Savings Group', 'Senegal'))).toEqual([
      ['org', 'Dune Farmers Union', 'ML'],
      ['org', 'Example Plateau Herders, West Kordofan', null, ['country_not_recognised']],
      ['org', 'Baobab Savings Group', 'SN'],
    ]);
  });
});

describe('table rows split across lines', () => {
  it('joins "Name |" with the "| Country |" line below, a bare "|" meaning no country', () => {
    const text = lines('| Organization | Country |', ...splitRows.text, 'Seagrass Commons |', '| Indonesia |', 'Northern Owl Network |', '| |');
    expect(read(text)).toEqual([
      ...splitRows.read,
      ['org', 'Seagrass Commons', 'ID'],
      ['org', 'Northern Owl Network', null],
    ]);
    expect(sentence(text)).toBe('4 organizations from 2 countries');
  });

  it('skips a header split the same way and keeps acronyms', () => {
    expect(read(lines('Name |', '| Country |', "Delta Women's Forum (DWF) |", '| Nigeria |', 'Mountain Bee Keepers |', '| Nepal |', 'Open Sky Network |', '|'))).toEqual([
      ['org', "Delta Women's Forum", 'NG'],
      ['org', 'Mountain Bee Keepers', 'NP'],
      ['org', 'Open Sky Network', null],
    ]);
    expect(parseSignatoryList(lines('Name |', '| Country |', "Delta Women's Forum (DWF) |", '| Nigeria |'))[0]).toMatchObject({ acronym: 'DWF', line: "Delta Women's Forum (DWF) |\n| Nigeria |" });
  });

  it('flags a region without a code and reads short forms', () => {
    expect(read(lines('Juniper Land Alliance |', '| Tibet |', 'Coral Reef Friends |', '| Fiji |', 'Silverline Workers Union |', '| U.K. |'))).toEqual([
      ['org', 'Juniper Land Alliance, Tibet', null, ['country_not_recognised']],
      ['org', 'Coral Reef Friends', 'FJ'],
      ['org', 'Silverline Workers Union', 'GB'],
    ]);
  });
});

describe('individuals after the organizations, with no heading, one block of lines each', () => {
  it('tells each person from the organizations by the shape of the block', () => {
    const text = lines(
      'Organizations',
      'Kestrel Valley Water Forum, Kenya',
      'Blue Delta Fisherfolk – Bangladesh',
      'Orchid Coast Alliance',
      '',
      ...personBlocks.text,
      '',
      'Amara Okafor',
      'Director, Example Centre for Water Law',
    );
    expect(read(text)).toEqual([
      ['org', 'Kestrel Valley Water Forum', 'KE'],
      ['org', 'Blue Delta Fisherfolk', 'BD'],
      ['org', 'Orchid Coast Alliance', null],
      ...personBlocks.read,
      ['person', 'Amara Okafor', null, 'Director, Example Centre for Water Law'],
    ]);
    expect(sentence(text)).toBe('3 organizations and 3 individuals from 4 countries');
  });

  it('reads them with no heading anywhere', () => {
    const text = lines(
      'Tidewater Commons, Philippines',
      'Salt Meadow Trust, Portugal',
      '',
      'Rosa Quintero, PhD',
      'Senior Researcher, Example Institute of Ecology, Mexico',
      '',
      'Thomas Ekberg',
      'independent journalist, Sweden',
      '',
      'Lucia Ferrante, MP',
      'Member of Parliament, Italy',
    );
    expect(read(text)).toEqual([
      ['org', 'Tidewater Commons', 'PH'],
      ['org', 'Salt Meadow Trust', 'PT'],
      ['person', 'Rosa Quintero, PhD', 'MX', 'Senior Researcher, Example Institute of Ecology'],
      ['person', 'Thomas Ekberg', 'SE', 'independent journalist'],
      ['person', 'Lucia Ferrante, MP', 'IT', 'Member of Parliament'],
    ]);
    expect(sentence(text)).toBe('2 organizations and 3 individuals from 5 countries');
  });

  it('reads blocks of three lines ending in a country, and honorifics before the name', () => {
    const text = lines(
      'Example Peat Alliance',
      'Finland',
      '',
      'Prof. Ingrid Solberg',
      'Chair, Example Fjord Council',
      'Norway',
      '',
      'Rev. Samuel Mensah',
      'Pastor, Example Parish',
      'Ghana',
      '',
      'Hana Sato',
      'Lawyer',
    );
    expect(read(text)).toEqual([
      ['org', 'Example Peat Alliance', 'FI'],
      ['person', 'Prof. Ingrid Solberg', 'NO', 'Chair, Example Fjord Council'],
      ['person', 'Rev. Samuel Mensah', 'GH', 'Pastor, Example Parish'],
      ['person', 'Hana Sato', null, 'Lawyer'],
    ]);
    expect(sentence(text)).toBe('1 organization and 3 individuals from 3 countries');
  });
});

describe('an "Individuals" heading, then name and title lines in pairs', () => {
  it('pairs each name with the title below it', () => {
    const text = lines(
      'Individuals',
      'Jane Doe',
      'Director, Example Institute for Rivers',
      ...namesAndTitles.text,
      'Ruth Abebe',
      'Former Minister of Water, Ethiopia',
    );
    expect(read(text)).toEqual([
      ['person', 'Jane Doe', null, 'Director, Example Institute for Rivers'],
      ...namesAndTitles.read,
      ['person', 'Ruth Abebe', 'ET', 'Former Minister of Water'],
    ]);
  });

  it('pairs them when an affiliation is shaped like a name', () => {
    const text = lines(
      'INDIVIDUAL SIGNATORIES',
      'Kofi Boateng, PhD',
      'Rainbow Water Keepers',
      'Maria Ionescu',
      'Green Valley Commons, Romania',
      'Sven Aaltonen',
      'Ocean Watch Finland',
      'Priya Natarajan',
      'Chennai Coastal Collective',
    );
    expect(read(text)).toEqual([
      ['person', 'Kofi Boateng, PhD', null, 'Rainbow Water Keepers'],
      ['person', 'Maria Ionescu', 'RO', 'Green Valley Commons'],
      ['person', 'Sven Aaltonen', 'FI', 'Ocean Watch'],
      ['person', 'Priya Natarajan', null, 'Chennai Coastal Collective'],
    ]);
    expect(sentence(text)).toBe('4 individuals from 2 countries');
  });

  it('pairs titles that start in lower case or follow an honorific', () => {
    expect(read(lines('Individuals:', 'Aiyana Redcloud', 'member, Example Tribal Council', 'Tomás Herrera', 'Lecturer in Geography, Example University, Colombia', 'Dr. Fatima Zahra Benali', 'Example Water Ethics Network, Morocco'))).toEqual([
      ['person', 'Aiyana Redcloud', null, 'member, Example Tribal Council'],
      ['person', 'Tomás Herrera', 'CO', 'Lecturer in Geography, Example University'],
      ['person', 'Dr. Fatima Zahra Benali', 'MA', 'Example Water Ethics Network'],
    ]);
  });
});

describe('a country left inside the name', () => {
  it('takes the country out of the name it was given with', () => {
    expect(read(lines('RIVERWATCH-Mekong Thailand', 'ExampleAid Kenya', 'Lakeside Action Uganda', 'Example Delta Rights Forum – Nigeria'))).toEqual([
      ['org', 'RIVERWATCH-Mekong', 'TH'],
      ['org', 'ExampleAid', 'KE'],
      ['org', 'Lakeside Action', 'UG'],
      ['org', 'Example Delta Rights Forum', 'NG'],
    ]);
  });

  it('does not call national members of one network duplicates once their countries are cut', () => {
    const entries = parseSignatoryList(lines('ExampleAid Kenya', 'ExampleAid Uganda', 'ExampleAid – Kenya'));
    expect(entries.map((e) => [e.name, e.country, e.flags])).toEqual([
      ['ExampleAid', 'KE', []],
      ['ExampleAid', 'UG', []],
      ['ExampleAid', 'KE', ['duplicate_in_paste']],
    ]);
  });

  it('keeps the name whole, flagged, when a different country is given below it', () => {
    expect(read(lines('Example Alliance USA', 'Kenya', 'Hill Farmers Network', 'Peru'))).toEqual([
      ['org', 'Example Alliance USA', 'KE', ['line_not_understood']],
      ['org', 'Hill Farmers Network', 'PE'],
    ]);
  });
});

describe('a section that can be read two ways', () => {
  const text = lines(
    'Example Watch, Kenya',
    'Rivers Example Trust, Ghana',
    '',
    'Jane Doe',
    'Free the Rivers Movement',
    '',
    'John Roe',
    'Lake Forum Collective, Peru',
  );

  it('reads people with their affiliations, and says another reading exists', () => {
    const document = parseSignatoryDocument(text);
    expect(document.entries.map(brief)).toEqual([
      ['org', 'Example Watch', 'KE'],
      ['org', 'Rivers Example Trust', 'GH'],
      ['person', 'Jane Doe', null, 'Free the Rivers Movement'],
      ['person', 'John Roe', 'PE', 'Lake Forum Collective'],
    ]);
    expect(document.readings).toEqual([
      {
        line: 4,
        lastLine: 8,
        layout: 'people',
        alternative: 'lines',
        counts: { people: { organizations: 0, individuals: 2 }, lines: { organizations: 4, individuals: 0 } },
      },
    ]);
  });

  it('reads every line as an entry when asked', () => {
    const document = parseSignatoryDocument(text, { layouts: { 4: 'lines' } });
    expect(document.entries.map(brief)).toEqual([
      ['org', 'Example Watch', 'KE'],
      ['org', 'Rivers Example Trust', 'GH'],
      ['org', 'Jane Doe', null],
      ['org', 'Free the Rivers Movement', null],
      ['org', 'John Roe', null],
      ['org', 'Lake Forum Collective', 'PE'],
    ]);
    expect(document.readings).toEqual([expect.objectContaining({ line: 4, layout: 'lines', alternative: 'people' })]);
  });

  it('is not in doubt when the title says what a person does', () => {
    expect(parseSignatoryDocument(lines('Jane Doe', 'Coordinator, Free the Rivers Movement')).readings).toEqual([]);
  });
});

describe('a mixed document', () => {
  const document = lines(
    'JOINT STATEMENT SIGNATORIES',
    '',
    'Organisations',
    ...countriesBelow.text,
    '',
    ...splitRows.text,
    '',
    '1. Tidewater Commons, Philippines',
    '2. Salt Meadow Trust (SMT), Portugal',
    '3. Highland Voices, Kashmir',
    '',
    ...personBlocks.text,
    '',
    'Individuals',
    ...namesAndTitles.text,
    '',
    'In solidarity,',
  );

  it('counts every kind and country right', () => {
    expect(read(document)).toEqual([
      ...countriesBelow.read,
      ...splitRows.read,
      ['org', 'Tidewater Commons', 'PH'],
      ['org', 'Salt Meadow Trust', 'PT'],
      ['org', 'Highland Voices, Kashmir', null, ['country_not_recognised']],
      ...personBlocks.read,
      ...namesAndTitles.read,
    ]);
    expect(summarizeImport(parseSignatoryList(document)).sentence).toBe('9 organizations and 4 individuals from 7 countries');
  });

  it('reports the headings and closing it skipped, and nothing else', () => {
    const { skipped } = parseSignatoryDocument(document);
    expect(skipped.map((s) => [s.lineNumber, s.reason])).toEqual([
      [1, 'heading'],
      [3, 'heading'],
      [28, 'heading'],
      [34, 'heading'],
    ]);
  });
});

describe('every line accounted for', () => {
  const piece = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom(
      '\n', '\n\n', '|', ' |', '| ', '\t', ', ', ' – ', 'Kenya', 'Thailand', 'International', 'Unknown', 'Tibet', 'Individuals', 'Organizations:',
      'Jane Doe', 'Jane Doe, Baroness', 'Min-jun Park, Ph.D.', 'Chairperson, Example Movement, Philippines', 'Director', 'Example Watch',
      'RIVERWATCH-Mekong Thailand', 'www.example.org', '1.', '•', '---', '(in alphabetical order)', 'Sincerely,',
    ),
  );

  it('never throws, and puts each non-empty line in exactly one entry or the skipped list', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.constantFrom<'organization' | 'individual' | undefined>(undefined, 'organization', 'individual'), fc.boolean(), (parts, defaultKind, flip) => {
        const text = parts.join('');
        const first = parseSignatoryDocument(text, { defaultKind });
        // Reading a doubtful section the other way accounts for every line too.
        const layouts = flip ? Object.fromEntries(first.readings.map((r) => [r.line, r.alternative])) : {};
        const { entries, sources, skipped } = parseSignatoryDocument(text, { defaultKind, layouts });
        expect(sources).toHaveLength(entries.length);
        const seen = [...sources.flat(), ...skipped.map((s) => s.lineNumber)].sort((a, b) => a - b);
        const nonEmpty = text
          .split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)
          .flatMap((line, i) => (line.trim() ? [i + 1] : []));
        expect(seen).toEqual(nonEmpty);
        for (const e of entries) expect(e.name.trim()).not.toBe('');
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});

describe('one person under two countries', () => {
  it('is still one person', () => {
    const entries = parseSignatoryList(lines('Individuals', 'Ada Example, Lawyer, Kenya', 'Ada Example, Lawyer, Tanzania'));
    expect(entries.map((e) => e.flags)).toEqual([[], ['duplicate_in_paste']]);
  });
});
