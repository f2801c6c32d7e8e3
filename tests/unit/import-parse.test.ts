import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editEntry } from '@/lib/import/duplicates';
import { parseSignatoryList, type ParsedEntry } from '@/lib/import/parse';
import { summarizeAfterImport, summarizeImport } from '@/lib/import/summary';

/** The fields a coordinator sees in the preview, compactly. */
const row = ({ kind, name, acronym, title, country, flags }: ParsedEntry) => ({ kind, name, acronym, title, country, flags });
const rows = (text: string, options?: Parameters<typeof parseSignatoryList>[1]) =>
  parseSignatoryList(text, options).map(row);
const org = (name: string, country: string | null = null, more: Partial<ReturnType<typeof row>> = {}) => ({
  kind: 'organization' as const,
  name,
  acronym: null,
  title: null,
  country,
  flags: [],
  ...more,
});
const person = (name: string, title: string | null = null, country: string | null = null, more: Partial<ReturnType<typeof row>> = {}) => ({
  kind: 'individual' as const,
  name,
  acronym: null,
  title,
  country,
  flags: [],
  ...more,
});
const lines = (...l: string[]) => l.join('\n');

describe('one entry per line with separators', () => {
  it('reads "Name (ACRO), Country"', () => {
    expect(
      rows(lines('Centre for Example Studies (CES), Kenya', 'Lakeshore Water Forum (LWF), Malawi', 'Example Rights Watch (ERW), Perú')),
    ).toEqual([
      org('Centre for Example Studies', 'KE', { acronym: 'CES' }),
      org('Lakeshore Water Forum', 'MW', { acronym: 'LWF' }),
      org('Example Rights Watch', 'PE', { acronym: 'ERW' }),
    ]);
  });

  it('reads en dash, em dash and spaced hyphen', () => {
    expect(rows(lines('Example Watch – Peru', 'Delta Fisherfolk Union — Nigeria', 'Mountain Example Trust - Nepal', 'Coast Example Network–Ghana'))).toEqual([
      org('Example Watch', 'PE'),
      org('Delta Fisherfolk Union', 'NG'),
      org('Mountain Example Trust', 'NP'),
      org('Coast Example Network', 'GH'),
    ]);
  });

  it('reads pipes, tabs and a name alone as an international body', () => {
    expect(rows(lines('Example Foundation | Norway |', 'Seed Savers Example\tIndia', 'Global Example Network', 'Example Forest Peoples Forum'))).toEqual([
      org('Example Foundation', 'NO'),
      org('Seed Savers Example', 'IN'),
      org('Global Example Network'),
      org('Example Forest Peoples Forum'),
    ]);
  });

  it('keeps commas inside a name when the last part is not a place', () => {
    expect(rows(lines('Centre for Law, Justice and Development, Uganda', 'Example Rivers, Lakes and Wetlands Trust', 'Example Partners, Inc.'))).toEqual([
      org('Centre for Law, Justice and Development', 'UG'),
      org('Example Rivers, Lakes and Wetlands Trust'),
      org('Example Partners, Inc.'),
    ]);
  });

  it('reads "International" or "Global" after a separator as no single country', () => {
    expect(rows(lines('Example Action Network – International', 'River Example Coalition, Global', 'Example Seed Alliance | International |'))).toEqual([
      org('Example Action Network'),
      org('River Example Coalition'),
      org('Example Seed Alliance'),
    ]);
  });

  it('reads "Name, ACRO, Country" and "Name – ACRO – Country"', () => {
    expect(rows(lines('Example Heron Trust, EHT, Kenya', 'Example Finch Forum – EFF – Peru', 'Example Lakes, Rivers, Kenya'))).toEqual([
      org('Example Heron Trust', 'KE', { acronym: 'EHT' }),
      org('Example Finch Forum', 'PE', { acronym: 'EFF' }),
      org('Example Lakes, Rivers', 'KE'),
    ]);
  });

  it('reads a country in parentheses, and acronym then country', () => {
    expect(rows(lines('Example Water Users (Zambia)', 'Example Legal Aid (ELA) (Sri Lanka)', 'Example Forum (EF) – Chile'))).toEqual([
      org('Example Water Users', 'ZM'),
      org('Example Legal Aid', 'LK', { acronym: 'ELA' }),
      org('Example Forum', 'CL', { acronym: 'EF' }),
    ]);
  });
});

describe('a country at the end with no separator', () => {
  it('cuts the country, including short forms and multi-word names', () => {
    expect(
      rows(
        lines(
          'Friends of the Example River Bangladesh',
          'Example Alliance USA',
          'Example Coalition U.K.',
          'Example Fishers South Korea',
          'Example Youth Timor Leste',
          'Example Women The Gambia',
          'Amigos del Río Example Perú',
          'Example Farmers Côte d’Ivoire',
          'Example Miners DRC',
          'Example Greens Czech Republic',
          'Example Valley Trust United States of America',
          'Example Voices Korea (Republic of)',
        ),
      ).map((e) => [e.name, e.country]),
    ).toEqual([
      ['Friends of the Example River', 'BD'],
      ['Example Alliance', 'US'],
      ['Example Coalition', 'GB'],
      ['Example Fishers', 'KR'],
      ['Example Youth', 'TL'],
      ['Example Women', 'GM'],
      ['Amigos del Río Example', 'PE'],
      ['Example Farmers', 'CI'],
      ['Example Miners', 'CD'],
      ['Example Greens', 'CZ'],
      ['Example Valley Trust', 'US'],
      ['Example Voices', 'KR'],
    ]);
  });

  it('recognises variants and old names', () => {
    const cases: [string, string][] = [
      ['Republic of Korea', 'KR'],
      ['Timor-Leste', 'TL'],
      ['East Timor', 'TL'],
      ['Gambia', 'GM'],
      ['Ivory Coast', 'CI'],
      ["Cote d'Ivoire", 'CI'],
      ['DR Congo', 'CD'],
      ['Democratic Republic of the Congo', 'CD'],
      ['Congo-Brazzaville', 'CG'],
      ['Burma', 'MM'],
      ['Myanmar', 'MM'],
      ['Czechia', 'CZ'],
      ['Türkiye', 'TR'],
      ['Turkey', 'TR'],
      ['State of Palestine', 'PS'],
      ['OPT', 'PS'],
      ['Swaziland', 'SZ'],
      ['Eswatini', 'SZ'],
      ['Macedonia', 'MK'],
      ['North Macedonia', 'MK'],
      ['Cape Verde', 'CV'],
      ['Cabo Verde', 'CV'],
      ['Vatican', 'VA'],
      ['Russia', 'RU'],
      ['Iran', 'IR'],
      ['Syria', 'SY'],
      ['Laos', 'LA'],
      ['Viet Nam', 'VN'],
      ['Vietnam', 'VN'],
      ['Bolivia', 'BO'],
      ['Venezuela', 'VE'],
      ['Tanzania', 'TZ'],
      ['Moldova', 'MD'],
      ['UAE', 'AE'],
      ['U.S.', 'US'],
      ['U.S.A.', 'US'],
      ['UK', 'GB'],
      ['United Kingdom', 'GB'],
      ['Perú', 'PE'],
      ['PERU', 'PE'],
      ['Congo (DRC)', 'CD'],
      ['Congo (Brazzaville)', 'CG'],
      ['Kyrgyz Republic', 'KG'],
      ['Bosnia & Herzegovina', 'BA'],
      ['Trinidad & Tobago', 'TT'],
      ['St. Lucia', 'LC'],
      ['Korea', 'KR'],
      ['North Korea', 'KP'],
      // Members' own languages
      ['Brasil', 'BR'],
      ['Deutschland', 'DE'],
      ['España', 'ES'],
      ['México', 'MX'],
      ['Sénégal', 'SN'],
      ['Moçambique', 'MZ'],
    ];
    for (const [spelling, code] of cases) {
      expect(rows(`Example Sample Network ${spelling}`)[0], spelling).toMatchObject({ name: 'Example Sample Network', country: code });
      expect(rows(`Example Sample Network, ${spelling}`)[0], spelling).toMatchObject({ name: 'Example Sample Network', country: code });
    }
  });

  it('never cuts a name that merely contains a country word', () => {
    expect(
      rows(
        lines(
          'Example Institute of Nepal Studies',
          'Kenya Human Rights Commission',
          'Friends of Nepal',
          'Bank Watch for Ghana',
          'Stand With Us',
          'Example Society of Chile',
          'Uganda Example Network Uganda',
        ),
      ).map((e) => [e.name, e.country]),
    ).toEqual([
      ['Example Institute of Nepal Studies', null],
      ['Kenya Human Rights Commission', null],
      ['Friends of Nepal', null],
      ['Bank Watch for Ghana', null],
      ['Stand With Us', null],
      ['Example Society of Chile', null],
      ['Uganda Example Network', 'UG'],
    ]);
  });

  it('takes the country out of a national member’s name, and does not call the members duplicates', () => {
    expect(rows(lines('ExampleAid Kenya', 'ExampleAid Uganda', 'Examplepeace India')).map((e) => [e.name, e.country, e.flags])).toEqual([
      ['ExampleAid', 'KE', []],
      ['ExampleAid', 'UG', []],
      ['Examplepeace', 'IN', []],
    ]);
  });

  it('reads ISO codes after a separator or in a country column, but a three-letter token after a dash is an acronym', () => {
    expect(rows(lines('Example Foundation, KE', 'Friends of Rivers Alliance – FRA', 'Organisation\tCountry', 'Example Tern Watch\tGHA', 'Example Gull Forum\tNO'))).toEqual([
      org('Example Foundation', 'KE'),
      org('Friends of Rivers Alliance', null, { acronym: 'FRA' }),
      org('Example Tern Watch', 'GH'),
      org('Example Gull Forum', 'NO'),
    ]);
  });

  it('does not read a lower-case word or a short code as a country', () => {
    expect(rows(lines('Clean Rivers for us', 'Example Band Chad', 'Example Project CA')).map((e) => [e.name, e.country])).toEqual([
      ['Clean Rivers for us', null],
      ['Example Band', 'TD'],
      ['Example Project CA', null],
    ]);
  });
});

describe('a name on one line and its country on the next', () => {
  it('attaches a country line to the entry above, with some entries having none', () => {
    expect(rows(lines('Example Watch', 'Kenya', 'Hill Example Collective', 'Example Fisheries Forum', 'Sri Lanka', 'Example Peoples Assembly', 'USA'))).toEqual([
      org('Example Watch', 'KE'),
      org('Hill Example Collective'),
      org('Example Fisheries Forum', 'LK'),
      org('Example Peoples Assembly', 'US'),
    ]);
  });

  it('keeps both lines as the original text of the entry', () => {
    const [entry] = parseSignatoryList('Example Watch\nKenya');
    expect(entry?.line).toBe('Example Watch\nKenya');
    expect(entry?.lineNumber).toBe(1);
  });

  it('reads lists grouped under country headings', () => {
    expect(rows(lines('Kenya:', 'Example Watch', 'Example Water Forum', '', 'Uganda:', 'Example Land Alliance', 'Example Youth Voice'))).toEqual([
      org('Example Watch', 'KE'),
      org('Example Water Forum', 'KE'),
      org('Example Land Alliance', 'UG'),
      org('Example Youth Voice', 'UG'),
    ]);
  });
});

describe('table rows pasted from a page or a document', () => {
  it('skips header rows and reads rows with stray empty cells', () => {
    expect(
      rows(
        lines(
          '| Name | Country |',
          '|---|---|',
          '| Example Foundation | | Norway |',
          '| Example Wetlands Trust | Botswana |',
          '| | |',
          '| Example Coast Watch | |',
        ),
      ),
    ).toEqual([org('Example Foundation', 'NO'), org('Example Wetlands Trust', 'BW'), org('Example Coast Watch')]);
  });

  it('reads tab-separated rows copied from a spreadsheet', () => {
    expect(rows(lines('Organisation\tAcronym\tCountry', 'Example Seed Bank\tESB\tMali', 'Example Rain Forum\t\tBrazil', '1\tExample Soil Union\tSUN\tChile'))).toEqual([
      org('Example Seed Bank', 'ML', { acronym: 'ESB' }),
      org('Example Rain Forum', 'BR'),
      org('Example Soil Union', 'CL', { acronym: 'SUN' }),
    ]);
  });

  it('reads rows with no header by the shape of each cell', () => {
    expect(rows(lines('1 | Example Delta Network | EDN | Nigeria |', '2 | Example Hill Farmers | | Peru |', '3 | Example Ocean Trust | https://ocean.example | Fiji |'))).toEqual([
      org('Example Delta Network', 'NG', { acronym: 'EDN' }),
      org('Example Hill Farmers', 'PE'),
      org('Example Ocean Trust', 'FJ'),
    ]);
  });

  it('uses a Type column to tell organizations from individuals', () => {
    expect(rows(lines('Name\tType\tCountry', 'Example Marsh Trust\tOrganization\tKenya', 'Jane Placeholder\tIndividual\tKenya', 'Example Reef Group\tOrganisation\t'))).toEqual([
      org('Example Marsh Trust', 'KE'),
      person('Jane Placeholder', null, 'KE'),
      org('Example Reef Group'),
    ]);
  });
});

describe('section headings', () => {
  it('switch the kind, and closings are skipped', () => {
    expect(
      rows(
        lines(
          'Sincerely,',
          '',
          'Organizations:',
          '1. Example Watch, Kenya',
          '2. Example Basin Forum, Zambia',
          '',
          'INDIVIDUALS',
          '1. Jane Placeholder',
          '2. Omar Sample',
          '3. Li Example',
        ),
      ),
    ).toEqual([
      org('Example Watch', 'KE'),
      org('Example Basin Forum', 'ZM'),
      person('Jane Placeholder'),
      person('Omar Sample'),
      person('Li Example'),
    ]);
  });

  it('recognises the usual wordings, numbered or with a colon or a count', () => {
    const headings = [
      ['Organisations', 'organization'],
      ['Groups:', 'organization'],
      ['Civil society organizations (34)', 'organization'],
      ['**Organizational signatories**', 'organization'],
      ['A. Individuals', null],
      ['Individual signatories (affiliations for identification only)', 'individual'],
      ['## Individuals', 'individual'],
      ['1. Individuals:', 'individual'],
    ] as const;
    for (const [heading, kind] of headings) {
      const entries = rows(lines(heading, 'Example Sample Name'), { defaultKind: kind === 'organization' ? 'individual' : 'organization' });
      if (kind) expect(entries, heading).toEqual([expect.objectContaining({ kind, name: 'Example Sample Name' })]);
      else expect(entries.length, heading).toBe(2);
    }
    for (const closing of ['Signatories', 'Signed,', 'Sincerely,', 'Endorsed by:', 'Yours faithfully,', 'List of signatories']) {
      expect(rows(lines(closing, 'Example Watch')), closing).toEqual([org('Example Watch')]);
    }
  });

  it('skips the notes printed with lists', () => {
    expect(
      rows(
        lines(
          'INDIVIDUALS',
          '(Affiliations for identification purposes only)',
          'Jane Placeholder',
          '(in alphabetical order)',
          'Omar Sample',
          '(Kenya)',
          '* Affiliations listed for identification only',
          'Li Example',
          '[continued]',
        ),
      ),
    ).toEqual([person('Jane Placeholder'), person('Omar Sample', null, 'KE'), person('Li Example')]);
    expect(rows(lines('Individuals (affiliations for identification purposes only)', 'Example Sample Name'))).toEqual([person('Example Sample Name')]);
  });

  it('strips numbering and bullets', () => {
    expect(rows(lines('1. Example Watch', '12) Example Rain Forum', '- Example Soil Union', '• Example Seed Bank', '* Example Marsh Trust', '(3) Example Hill Farmers', '350.org')).map((e) => e.name)).toEqual([
      'Example Watch',
      'Example Rain Forum',
      'Example Soil Union',
      'Example Seed Bank',
      'Example Marsh Trust',
      'Example Hill Farmers',
      '350.org',
    ]);
  });
});

describe('individuals', () => {
  it('reads "Name, Title" lines with a country at the end', () => {
    expect(
      rows(lines('Individuals', 'Jane Placeholder, Professor of Law, University of Example, Kenya', 'Omar Sample, independent journalist', 'Li Example – Former Special Rapporteur on Example Rights', 'Ana Testcase, Brazil')),
    ).toEqual([
      person('Jane Placeholder', 'Professor of Law, University of Example', 'KE'),
      person('Omar Sample', 'independent journalist'),
      person('Li Example', 'Former Special Rapporteur on Example Rights'),
      person('Ana Testcase', null, 'BR'),
    ]);
  });

  it('reads "Name | Title |" rows', () => {
    expect(rows(lines('Individuals', '| Jane Placeholder | Director, Example Institute |', '| Omar Sample | Lawyer | Ghana |', '| Li Example | |'))).toEqual([
      person('Jane Placeholder', 'Director, Example Institute'),
      person('Omar Sample', 'Lawyer', 'GH'),
      person('Li Example'),
    ]);
  });

  it('reads a name line followed by title lines, blocks separated by blank lines', () => {
    expect(
      rows(
        lines(
          'Individual signatories',
          '',
          'Jane Placeholder',
          'Professor of Environmental Law',
          'University of Example',
          'Kenya',
          '',
          'Omar Sample',
          'Former Director, Example Water Institute',
          '',
          'Li Example',
          'independent researcher',
          'Scotland',
        ),
      ),
    ).toEqual([
      person('Jane Placeholder', 'Professor of Environmental Law, University of Example', 'KE'),
      person('Omar Sample', 'Former Director, Example Water Institute'),
      person('Li Example', 'independent researcher', 'GB', { flags: ['region_mapped'] }),
    ]);
  });

  it('guesses individuals without a heading when a title follows a person’s name', () => {
    expect(rows(lines('Example Watch, Kenya', 'Jane Placeholder, Professor of Hydrology', 'Dr. Omar Sample'))).toEqual([
      org('Example Watch', 'KE'),
      person('Jane Placeholder', 'Professor of Hydrology'),
      person('Dr. Omar Sample'),
    ]);
  });

  it('does not read a person’s surname as a country when there is no separator', () => {
    expect(rows(lines('Individuals', 'Michael Jordan', 'Grace Chad', 'Ana Georgia'))).toEqual([
      person('Michael Jordan'),
      person('Grace Chad'),
      person('Ana Georgia'),
    ]);
  });
});

describe('regions and territories', () => {
  it('maps territories with their own code', () => {
    expect(rows(lines('Example Harbour Group, Hong Kong', 'Example Casino Watch – Macau', 'Example Island Trust | Puerto Rico |', 'Example Ice Network Greenland', 'Example Tea Union (Taiwan)', 'Example Sand Collective, Western Sahara', 'Example Olive Farmers – Palestine', 'Example Youth Forum, Kosovo')).map((e) => [e.name, e.country, e.flags])).toEqual([
      ['Example Harbour Group', 'HK', []],
      ['Example Casino Watch', 'MO', []],
      ['Example Island Trust', 'PR', []],
      ['Example Ice Network', 'GL', []],
      ['Example Tea Union', 'TW', []],
      ['Example Sand Collective', 'EH', []],
      ['Example Olive Farmers', 'PS', []],
      ['Example Youth Forum', 'XK', []],
    ]);
  });

  it('maps the nations of the United Kingdom to GB and flags them', () => {
    expect(rows(lines('Example Glen Trust, Scotland', 'Example Valleys Forum – Wales', 'Example Moor Society England', 'Example Lough Network | Northern Ireland |')).map((e) => [e.name, e.country, e.flags])).toEqual([
      ['Example Glen Trust', 'GB', ['region_mapped']],
      ['Example Valleys Forum', 'GB', ['region_mapped']],
      ['Example Moor Society', 'GB', ['region_mapped']],
      ['Example Lough Network', 'GB', ['region_mapped']],
    ]);
  });

  it('keeps an unknown place in the name and flags it for review', () => {
    expect(rows(lines('Example Valley Voices, Kashmir', 'Example Plateau Network – Tibet', 'Example Mountain Collective Kashmir', 'Example Lake Group | Nairobi |', 'Example Snow Forum (Tibet)')).map((e) => [e.name, e.country, e.flags])).toEqual([
      ['Example Valley Voices, Kashmir', null, ['country_not_recognised']],
      ['Example Plateau Network – Tibet', null, ['country_not_recognised']],
      ['Example Mountain Collective Kashmir', null, ['country_not_recognised']],
      ['Example Lake Group, Nairobi', null, ['country_not_recognised']],
      ['Example Snow Forum (Tibet)', null, ['country_not_recognised']],
    ]);
  });
});

describe('duplicates within the paste', () => {
  it('flags the later entry with the same normalized name, or the same acronym and country', () => {
    const entries = parseSignatoryList(
      lines('The Example Watch, Kenya', 'Example River Fund (ERF), Peru', 'example watch – Kenya', 'Example Rivers Foundation (ERF), Perú', 'Example Rain Forum (ERF), Chile'),
    );
    expect(entries.map((e) => [e.name, e.flags, e.duplicateOf])).toEqual([
      ['The Example Watch', [], null],
      ['Example River Fund', [], null],
      ['example watch', ['duplicate_in_paste'], 0],
      ['Example Rivers Foundation', ['duplicate_in_paste'], 1],
      ['Example Rain Forum', [], null],
    ]);
    expect(summarizeImport(entries)).toMatchObject({ organizations: 3, individuals: 0, countries: 3, duplicates: 2 });
    expect(summarizeImport(entries, { keepDuplicates: new Set([3]) })).toMatchObject({ organizations: 4, duplicates: 1 });
  });
});

describe('lines not understood', () => {
  it('keeps prose and overlong lines but flags them', () => {
    const prose =
      'We call on the government to halt the dam project until every affected community has been consulted and has agreed to the plans for its land and water';
    const entries = rows(lines('Example Watch', prose, 'x'.repeat(250)));
    expect(entries.map((e) => e.flags)).toEqual([[], ['line_not_understood'], ['line_not_understood']]);
  });

  it('skips lines with no letters or digits', () => {
    expect(rows(lines('-----', 'Example Watch', '***', '|   |   |', '', '   '))).toEqual([org('Example Watch')]);
  });
});

describe('a mixed document', () => {
  const document = lines(
    'Signatories',
    '',
    'Organizations',
    '1. Centre for Example Studies (CES), Kenya',
    '2. Example Watch – Peru',
    '3. Example Foundation | Norway |',
    '4. Friends of the Example River Bangladesh',
    '5. Example Alliance USA',
    '6. International Example Network',
    '7. Example Institute of Nepal Studies',
    '8. Centre for Example Studies (CES) – Kenya',
    '9. Example Delta Trust',
    'Ghana',
    '',
    '',
    'Individuals',
    'Jane Placeholder, Professor of Law, Kenya',
    'Omar Sample – Journalist',
    '',
    'Li Example',
    'Senior Fellow, Example Institute',
    'Viet Nam',
    '',
    'Sincerely,',
  );

  it('reads every entry with the right kind, country and flags', () => {
    expect(rows(document)).toEqual([
      org('Centre for Example Studies', 'KE', { acronym: 'CES' }),
      org('Example Watch', 'PE'),
      org('Example Foundation', 'NO'),
      org('Friends of the Example River', 'BD'),
      org('Example Alliance', 'US'),
      org('International Example Network'),
      org('Example Institute of Nepal Studies'),
      org('Centre for Example Studies', 'KE', { acronym: 'CES', flags: ['duplicate_in_paste'] }),
      org('Example Delta Trust', 'GH'),
      person('Jane Placeholder', 'Professor of Law', 'KE'),
      person('Omar Sample', 'Journalist'),
      person('Li Example', 'Senior Fellow, Example Institute', 'VN'),
    ]);
  });

  it('summarizes it with duplicates counted once', () => {
    const summary = summarizeImport(parseSignatoryList(document));
    expect(summary).toEqual({
      organizations: 8,
      individuals: 3,
      countries: 7,
      duplicates: 1,
      sentence: '8 organizations and 3 individuals from 7 countries',
    });
  });

  it('reports the original line numbers', () => {
    expect(parseSignatoryList(document).map((e) => e.lineNumber)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 17, 18, 20]);
  });

  it('reads Windows line endings and a byte-order mark the same', () => {
    expect(rows(`\uFEFF${document.replace(/\n/g, '\r\n')}`)).toEqual(rows(document));
  });
});

describe('more of what real letters do', () => {
  it('reads headings that name both groups, or end in a colon', () => {
    expect(
      rows(
        lines(
          'Organizations and networks',
          'Example Kite Alliance, Malawi',
          'Signed by the following individuals:',
          'Jane Placeholder, Lawyer',
          'Groups & coalitions',
          'Example Crane Coalition',
          'Example Watch, Kenya:',
        ),
        { defaultKind: 'individual' },
      ),
    ).toEqual([
      org('Example Kite Alliance', 'MW'),
      person('Jane Placeholder', 'Lawyer'),
      org('Example Crane Coalition'),
      org('Example Watch', 'KE'),
    ]);
  });

  it('takes an acronym after a dash, and keeps a website line with its entry', () => {
    const entries = parseSignatoryList(lines('Centre for Example Studies – CES', 'www.example-studies.org', 'Example Pelican Forum – EPF', 'https://pelican.example', 'Example Osprey Group – Mali'));
    expect(entries.map(row)).toEqual([
      org('Centre for Example Studies', null, { acronym: 'CES' }),
      org('Example Pelican Forum', null, { acronym: 'EPF' }),
      org('Example Osprey Group', 'ML'),
    ]);
    expect(entries[0]?.line).toBe('Centre for Example Studies – CES\nwww.example-studies.org');
  });

  it('reads a 60-line list as a coordinator would paste it', () => {
    const organizations = Array.from({ length: 40 }, (_, i) => `${i + 1}. Example Group Number ${i + 1} – ${['Kenya', 'Peru', 'Nepal', 'Ghana', 'Chile'][i % 5]}`);
    const individuals = Array.from({ length: 15 }, (_, i) => `Person Example${String.fromCharCode(65 + i)}, Researcher, ${['Brazil', 'India', 'Kenya'][i % 3]}`);
    const text = lines('Signatories', '', 'Organizations:', ...organizations, 'Example Group Number 7 – Peru', '', 'Individuals:', ...individuals, 'Sincerely,');
    expect(text.split('\n')).toHaveLength(62);
    const entries = parseSignatoryList(text);
    expect(entries).toHaveLength(56);
    expect(entries.filter((e) => e.flags.length > 0).map((e) => [e.name, e.flags])).toEqual([['Example Group Number 7', ['duplicate_in_paste']]]);
    expect(summarizeImport(entries).sentence).toBe('40 organizations and 15 individuals from 7 countries');
  });
});

describe('tables and blocks that once went wrong', () => {
  it('keeps a Markdown table’s columns across its rule row, and skips number and website cells', () => {
    expect(
      rows(
        lines(
          '| # | Organization | Country | Website |',
          '|---|---|---|---|',
          '| 1 | Example Heron Trust | Kenya | https://heron.example |',
          '| 2 | Example Finch Forum | | |',
          '| 3 | Example Wren Union (EWU) | Perú | |',
        ),
      ),
    ).toEqual([org('Example Heron Trust', 'KE'), org('Example Finch Forum'), org('Example Wren Union', 'PE', { acronym: 'EWU' })]);
  });

  it('reads a country opening a block as the heading of the entries below it, not the country of the entry above', () => {
    expect(
      rows(lines('Example Plover Trust', '', 'Kenya', 'Example Lark Group', 'Example Robin Collective', '', 'Uganda', 'Example Swift Alliance')),
    ).toEqual([org('Example Plover Trust'), org('Example Lark Group', 'KE'), org('Example Robin Collective', 'KE'), org('Example Swift Alliance', 'UG')]);
  });

  it('reads the country of a national office or chapter and keeps the name whole', () => {
    expect(rows(lines('Example International – Kenya Office', 'Example Network (Uganda Chapter)', 'Example Aid, Ghana Country Office', 'Example Voices – Kampala Branch'))).toEqual([
      org('Example International – Kenya Office', 'KE'),
      org('Example Network (Uganda Chapter)', 'UG'),
      org('Example Aid, Ghana Country Office', 'GH'),
      org('Example Voices – Kampala Branch', null, { flags: ['country_not_recognised'] }),
    ]);
  });

  it('flags a sentence of the letter pasted with the list', () => {
    expect(rows(lines('We, the undersigned organisations, call on the Minister to act.', 'Example Partners Inc.', 'Example Solidarity / Timor-Leste'))).toEqual([
      org('We, the undersigned organisations, call on the Minister to act.', null, { flags: ['line_not_understood'] }),
      org('Example Partners Inc.'),
      org('Example Solidarity', 'TL'),
    ]);
  });
});

describe('robustness', () => {
  it('never throws and never makes an entry with an empty name, whatever the text', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('\n', '\r\n', '\t', '|', ' – ', ', ', '(', ')', 'Kenya', 'USA', 'U.S.', 'Individuals', 'Organizations:', '1.', '•', ' ', '\u0000', '\u200B', '\uFEFF', 'Côte d’Ivoire', 'Kashmir', '(CES)'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom<'organization' | 'individual' | undefined>(undefined, 'organization', 'individual'), (parts, defaultKind) => {
        const entries = parseSignatoryList(parts.join(''), { defaultKind });
        for (const e of entries) {
          expect(e.name.trim().length).toBeGreaterThan(0);
          expect(e.country === null || /^[A-Z]{2}$/.test(e.country)).toBe(true);
          expect(e.lineNumber).toBeGreaterThan(0);
        }
        summarizeImport(entries);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('copes with a huge line and a huge list quickly', () => {
    const started = performance.now();
    const huge = parseSignatoryList(`${'Example '.repeat(50_000)}Kenya`);
    expect(huge).toHaveLength(1);
    expect(huge[0]?.flags).toContain('line_not_understood');
    const list = Array.from({ length: 5000 }, (_, i) => `Example Group ${i} – Kenya`).join('\n');
    expect(parseSignatoryList(list)).toHaveLength(5000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('corrections in the preview', () => {
  it('drops the flag a picked country answers and looks at duplicates again', () => {
    const entries = parseSignatoryList(lines('Example Valley Voices, Kashmir', 'Example Heron Trust (EHT), Kenya', 'Example Heron Forum (EHT), Uganda'));
    expect(entries.map((e) => e.flags)).toEqual([['country_not_recognised'], [], []]);

    const fixed = editEntry(entries, 0, { name: 'Example Valley Voices', country: 'IN' });
    expect(row(fixed[0]!)).toEqual(org('Example Valley Voices', 'IN'));

    // Same acronym, now the same country: the later one is a duplicate and no longer counted.
    const same = editEntry(fixed, 2, { country: 'KE' });
    expect(same.map((e) => e.flags)).toEqual([[], [], ['duplicate_in_paste']]);
    expect(summarizeImport(same).sentence).toBe('2 organizations from 2 countries');
    expect(editEntry(same, 2, { acronym: 'EHF' })[2]?.flags).toEqual([]);
  });
});

describe('the summary once imported', () => {
  it('adds the import to the approved sign-ons, countries counted once', () => {
    const entries = parseSignatoryList(lines('Example Heron Trust, Kenya', 'Example Finch Forum, Peru', 'Example Heron Trust – Kenya', 'Individuals', 'Jane Placeholder, Ghana'));
    const approved = [
      { kind: 'organization' as const, country: 'KE' },
      { kind: 'individual' as const, country: null },
    ];
    expect(summarizeAfterImport(approved, entries).sentence).toBe('3 organizations and 2 individuals from 3 countries');
    expect(summarizeAfterImport([], entries, { keepDuplicates: new Set([2]) }).sentence).toBe('3 organizations and 1 individual from 3 countries');
  });
});
