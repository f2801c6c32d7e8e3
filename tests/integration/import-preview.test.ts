import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { campaigns } from '@/db/schema';
import { importEntries } from '@/lib/import/commands';
import { parseSignatoryList } from '@/lib/import/parse';
import { applyRowInputs, importFormSchema, previewState, validateRowsToImport } from '@/lib/import/preview-form';
import { listImportHistory, previewImportRows } from '@/lib/import/queries';
import { getCounts } from '@/lib/lists/queries';
import { createCampaign, createCoordinator } from '../support/factories';
import { insertSignOns } from '../support/sign-ons';

const pasted = [
  'Organizations',
  'Example Marsh Trust (EMT), Kenya',
  'Example Reed Collective – Uganda',
  'Example Group, Atlantis',
  'Example Marsh Trust – Kenya',
  'Example Heron Network, Peru',
  '',
  'Individuals',
  'Jane Placeholder, Professor of Law, Ghana',
].join('\n');

const campaignId = '00000000-0000-4000-8000-000000000001';

/** The form as the preview step posts it: the hidden state plus per-row inputs. */
function form(state: string, rows: Record<string, string> = {}, intent = 'refresh') {
  return { campaignId, intent, state, ...rows };
}

describe('the import form schema', () => {
  const state = previewState(parseSignatoryList(pasted));

  it('reads the preview state and the per-row inputs', () => {
    const parsed = importFormSchema.parse(form(state, { 'rows.2.country': 'IS', 'rows.3.keep': 'on', 'rows.4.exclude': 'on' }));
    expect(parsed.intent).toBe('refresh');
    if (parsed.intent !== 'refresh') throw new Error('unreachable');
    expect(parsed.state).toHaveLength(6);
    expect(parsed.rows['2']).toMatchObject({ country: 'IS', keep: false, exclude: false });
    expect(parsed.rows['3']).toMatchObject({ keep: true });
    expect(parsed.rows['4']).toMatchObject({ exclude: true });
    expect(importFormSchema.parse(form(state, {}, 'edit-5')).intent).toBe('edit-5');
  });

  it.each([
    ['state that is not JSON', form('{not json')],
    ['an entry with an unknown flag', form(JSON.stringify([{ ...JSON.parse(state)[0], flags: ['trusted'] }]))],
    ['a made-up country code in the state', form(JSON.stringify([{ ...JSON.parse(state)[0], country: 'ZZ' }]))],
    ['a made-up country code in a row', form(state, { 'rows.0.country': 'ZZ' })],
    ['a row that is not in the state', form(state, { 'rows.40.name': 'Smuggled Entry' })],
    ['an unknown kind', form(state, { 'rows.0.kind': 'government' })],
    ['an empty list', form('[]')],
    ['too many entries', form(JSON.stringify(Array.from({ length: 5001 }, () => JSON.parse(state)[0])))],
    ['a campaign id that is not an id', { ...form(state), campaignId: 'protect-the-river-commons' }],
    ['an unknown step', form(state, {}, 'approve')],
    ['an entry to edit that is not in the state', form(state, {}, 'edit-40')],
  ])('rejects %s', (_label, input) => {
    expect(importFormSchema.safeParse(input).success).toBe(false);
  });

  it('refuses an upload over 1 MB and CSV mappings with unknown roles', () => {
    const big = new File(['x'.repeat(1024 * 1024 + 1)], 'list.csv', { type: 'text/csv' });
    const upload = importFormSchema.safeParse({ campaignId, intent: 'parse', file: big, defaultKind: 'organization' });
    expect(upload.success).toBe(false);
    expect(upload.error?.issues[0]?.message).toBe('This file is larger than 1 MB. Split it into several files.');
    expect(importFormSchema.safeParse({ campaignId, intent: 'map', csv: 'a,b\n1,2', 'columns.0': 'name', 'columns.1': 'email' }).success).toBe(false);
    const mapped = importFormSchema.parse({ campaignId, intent: 'map', csv: 'a,b,c\n1,2,3', 'columns.0': 'name', 'columns.2': 'country' });
    expect(mapped.intent === 'map' && mapped.columns).toEqual(['name', 'ignore', 'country']);
    // No file chosen: the browser still sends an empty one.
    const none = importFormSchema.parse({ campaignId, intent: 'parse', text: 'A', file: new File([], '') });
    expect(none.intent === 'parse' && none.file).toBeUndefined();
  });
});

describe('applyRowInputs', () => {
  const entries = parseSignatoryList(pasted);
  const state = JSON.parse(previewState(entries));

  it('applies only what changed, and a chosen country answers the flag', () => {
    expect(entries[2]).toMatchObject({ name: 'Example Group, Atlantis', country: null, flags: ['country_not_recognised'] });
    const { entries: edited } = applyRowInputs(state, {
      '0': { name: entries[0]!.name, country: 'KE', exclude: false, keep: false },
      '2': { name: ' Example   Group ', country: 'IS', exclude: false, keep: false },
    });
    expect(edited[0]).toMatchObject({ name: 'Example Marsh Trust', acronym: 'EMT', country: 'KE' });
    expect(edited[2]).toMatchObject({ name: 'Example Group', country: 'IS', flags: [] });
  });

  it('reads exclusions and kept duplicates', () => {
    const { excluded, keep } = applyRowInputs(state, { '1': { exclude: true, keep: false }, '3': { exclude: false, keep: true } });
    expect([...excluded]).toEqual([1]);
    expect([...keep]).toEqual([3]);
  });
});

describe('previewImportRows', () => {
  it('works out duplicates and the public sentence itself, and skips sign-ons already on the letter at first', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    await insertSignOns([{ campaignId: campaign.id, displayName: 'Example Heron Network', country: 'PE' }, { campaignId: campaign.id, displayName: 'Other Trust', country: 'CL' }]);
    const entries = parseSignatoryList(pasted);
    // Flags in the form are not trusted: a forged "duplicate" flag is dropped, a real one found.
    const forged = entries.map((e, i) => (i === 1 ? { ...e, flags: ['duplicate_in_paste' as const] } : { ...e, flags: e.flags.filter((f) => f !== 'duplicate_in_paste') }));

    const first = await previewImportRows({ campaignId: campaign.id, entries: forged, firstLook: true }, owner.id);
    expect(first.rows.map((r) => r.flags)).toEqual([[], [], ['country_not_recognised'], ['duplicate_in_paste'], ['duplicate_existing'], []]);
    expect(first.rows[3]!.duplicateOf).toBe(0);
    expect(first.rows.map((r) => r.excluded)).toEqual([false, false, false, false, true, false]);
    expect(first.importCount).toBe(4);
    // 2 approved + 3 organizations + 1 individual; countries PE, CL, KE, UG, GH.
    expect(first.sentence).toBe('5 organizations and 1 individual from 5 countries');

    // Excluding the first of two makes the second one count; keeping both counts both.
    const swapped = await previewImportRows({ campaignId: campaign.id, entries, excluded: new Set([0]) }, owner.id);
    expect(swapped.rows[3]!.flags).toEqual([]);
    const both = await previewImportRows({ campaignId: campaign.id, entries, keep: new Set([3]) }, owner.id);
    expect(both.importCount).toBe(6);

    // What the preview promised is what the public page then says.
    const checked = validateRowsToImport(first.rows);
    if (!checked.ok) throw new Error('expected valid rows');
    await importEntries({ campaignId: campaign.id, entries: checked.entries }, owner.id);
    expect((await getCounts(campaign.id)).summary).toBe(first.sentence);
    const history = await listImportHistory(campaign.id, owner.id);
    expect(history).toEqual([expect.objectContaining({ entryCount: 4, coordinator: 'Test Coordinator', undoneAt: null })]);
  });

  it('answers not found to a coordinator of another campaign, and refuses a locked list', async () => {
    const owner = await createCoordinator();
    const stranger = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    const entries = parseSignatoryList(pasted);
    await expect(previewImportRows({ campaignId: campaign.id, entries }, stranger.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await listImportHistory(campaign.id, stranger.id)).toBeNull();
    const locked = await createCampaign({ ownerId: owner.id, status: 'closed' });
    await (await getDb()).update(campaigns).set({ status: 'locked', lockedAt: new Date() }).where(eq(campaigns.id, locked.id));
    await expect(previewImportRows({ campaignId: locked.id, entries }, owner.id)).rejects.toMatchObject({ code: 'invalid_transition' });
  });
});

describe('validateRowsToImport', () => {
  it('reports problems by row and writes nothing when every row is excluded', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    const entries = parseSignatoryList(pasted).map((e, i) => (i === 5 ? { ...e, title: 'x'.repeat(301) } : e));
    const { rows } = await previewImportRows({ campaignId: campaign.id, entries }, owner.id);
    const checked = validateRowsToImport(rows);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.rowErrors)).toEqual(['5']);
    expect(checked.rowErrors[5]).toEqual(['title: At most 300 characters.']);
    const none = await previewImportRows({ campaignId: campaign.id, entries, excluded: new Set([0, 1, 2, 3, 4, 5]) }, owner.id);
    expect(validateRowsToImport(none.rows)).toEqual({ ok: false, rowErrors: {} });
  });
});
