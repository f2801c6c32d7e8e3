import { describe, expect, it } from 'vitest';
import { parseSignatoryDocument, parseSignatoryList, rereadAs } from '@/lib/import/parse';
import { applyRowInputs, flagCounts, importFormSchema, markPreview, previewState, readingsOf, setKind, UNDECIDED } from '@/lib/import/preview-form';

const campaignId = '00000000-0000-4000-8000-000000000001';
const lines = (...l: string[]) => l.join('\n');
const stateOf = (text: string) => JSON.parse(previewState(parseSignatoryList(text)));

describe('a place nobody recognised in the preview', () => {
  const state = stateOf(lines('Highland Voices, Kashmir', 'Example Watch'));

  it('stays flagged while its country is left undecided', () => {
    const { entries } = applyRowInputs(state, { '0': { country: UNDECIDED, exclude: false, keep: false } });
    expect(entries[0]).toMatchObject({ country: null, flags: ['country_not_recognised'] });
  });

  it('is international only when the coordinator chooses "no country"', () => {
    const { entries } = applyRowInputs(state, { '0': { country: '', exclude: false, keep: false }, '1': { country: '', exclude: false, keep: false } });
    expect(entries.map((e) => [e.country, e.flags])).toEqual([
      [null, []],
      [null, []],
    ]);
  });

  it('takes "?" from the form but no made-up code', () => {
    const form = { campaignId, intent: 'refresh', state: JSON.stringify(state) };
    expect(importFormSchema.safeParse({ ...form, 'rows.0.country': '?' }).success).toBe(true);
    expect(importFormSchema.safeParse({ ...form, 'rows.0.country': '??' }).success).toBe(false);
  });
});

describe('changing the kind of entries', () => {
  const text = lines('Example Watch, Kenya', 'Jane Doe, Lawyer', 'Omar Sample, Senior Researcher, Ghana');

  it('reads each selected line again as the new kind', () => {
    const entries = parseSignatoryList(text, { defaultKind: 'organization' });
    const orgs = entries.map((e) => rereadAs(e, 'organization'));
    expect(orgs[1]).toMatchObject({ kind: 'organization', name: 'Jane Doe, Lawyer', country: null, flags: ['country_not_recognised'] });
    const people = setKind(orgs, new Set([1, 2]), 'individual');
    expect(people.map((e) => [e.kind, e.name, e.title, e.country, e.flags])).toEqual([
      ['organization', 'Example Watch', null, 'KE', []],
      ['individual', 'Jane Doe', 'Lawyer', null, []],
      ['individual', 'Omar Sample', 'Senior Researcher', 'GH', []],
    ]);
  });

  it('keeps what the coordinator typed and changes only the kind', () => {
    const [entry] = parseSignatoryList('Example Lantern Trust, Peru');
    const edited = { ...entry!, name: 'Lantern Trust' };
    expect(rereadAs(edited, 'individual')).toMatchObject({ kind: 'individual', name: 'Lantern Trust', country: 'PE', acronym: null });
  });

  it('reads the bulk buttons and the selected rows from the form', () => {
    const state = previewState(parseSignatoryList(text));
    const parsed = importFormSchema.parse({ campaignId, intent: 'kind-individual', state, 'rows.1.selected': 'on', filter: 'flagged' });
    if (parsed.intent !== 'kind-individual') throw new Error('unreachable');
    expect(parsed.filter).toBe('flagged');
    expect([...applyRowInputs(parsed.state, parsed.rows).selected]).toEqual([1]);
    expect(importFormSchema.safeParse({ campaignId, intent: 'kind-government', state }).success).toBe(false);
  });
});

describe('what the preview counts and offers', () => {
  it('counts flags by kind, leaving out excluded rows', () => {
    const entries = parseSignatoryList(lines('Highland Voices, Kashmir', 'Example Valley Network, Tibet', 'Example Moor Society, Scotland', 'Highland Voices – Kashmir'));
    const rows = markPreview(entries, { excluded: new Set([1]), keep: new Set(), existing: [] });
    expect(flagCounts(rows)).toEqual([
      { flag: 'country_not_recognised', count: 2 },
      { flag: 'duplicate_in_paste', count: 1 },
      { flag: 'region_mapped', count: 1 },
    ]);
  });

  it('offers the other reading of a section in doubt, and reads it that way when asked', () => {
    const text = lines('Example Watch, Kenya', '', 'Jane Doe', 'Free the Rivers Movement');
    expect(readingsOf(text, { defaultKind: 'organization', layouts: {} })).toEqual([expect.objectContaining({ line: 3, layout: 'people', alternative: 'lines' })]);
    const form = importFormSchema.parse({ campaignId, intent: 'reading-3-lines', state: previewState(parseSignatoryList(text)), source: text, layouts: '{"3":"lines"}' });
    if (form.intent !== 'reading-3-lines') throw new Error('unreachable');
    expect(form.layouts).toEqual({ 3: 'lines' });
    expect(parseSignatoryDocument(text, { layouts: { 3: 'lines' } }).entries.map((e) => e.name)).toEqual(['Example Watch', 'Jane Doe', 'Free the Rivers Movement']);
    // A tampered choice is dropped, not obeyed.
    const tampered = importFormSchema.parse({ campaignId, intent: 'refresh', state: previewState(parseSignatoryList(text)), layouts: '{"3":"everything"}' });
    expect(tampered.intent === 'refresh' && tampered.layouts).toEqual({});
  });
});
