import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { campaigns } from '@/db/schema';
import { getSignatoriesDto, signatoriesCsvResponse } from '@/lib/lists/api';
import { lockCampaign } from '@/lib/campaigns/final-list';
import { setConvener } from '@/lib/moderation/commands';
import { exportResponse } from '@/lib/lists/exports';
import { getFinalListPage, getListCampaign, getLiveListPage, iterateLiveEntries } from '@/lib/lists/queries';
import { createCampaign, createCoordinator } from '../support/factories';
import { insertSignOns } from '../support/sign-ons';

const org = (campaignId: string, displayName: string, extra: Record<string, unknown> = {}) => ({ campaignId, displayName, ...extra });
const person = (campaignId: string, displayName: string) => ({ campaignId, displayName, kind: 'individual' as const });

async function setup(listOrder: 'alphabetical' | 'conveners_first' | 'entered' = 'alphabetical') {
  const owner = await createCoordinator();
  const campaign = await createCampaign({ ownerId: owner.id, listOrder, status: 'closed' });
  return { owner, campaign };
}

async function lockAndRead(campaignId: string, ownerId: string) {
  await lockCampaign({ campaignId }, ownerId);
  return (await getFinalListPage(campaignId, { page: 1, perPage: 100 })).entries.map((e) => e.name);
}

async function liveNames(campaignId: string) {
  const [c] = await (await getDb()).select().from(campaigns).where(eq(campaigns.id, campaignId));
  const names: string[] = [];
  for await (const batch of iterateLiveEntries(campaignId, c!.listOrder, {}, 2)) names.push(...batch.map((e) => e.name));
  const page = await getLiveListPage(campaignId, 1, 100, c!.listOrder);
  expect(page.entries.map((e) => e.name)).toEqual(names);
  return names;
}

describe('the order of the list', () => {
  it('sorts numbers by value, ignores a leading "The", and sorts individuals by family name, live and locked alike', async () => {
    const { owner, campaign } = await setup();
    await insertSignOns([
      org(campaign.id, '1990 Families Association'),
      org(campaign.id, 'The 12 Rivers Network'),
      org(campaign.id, '2 Rivers Trust'),
      org(campaign.id, 'Basin Alliance'),
      person(campaign.id, 'Zoe Adams'),
      person(campaign.id, 'Ada Zimmer'),
      person(campaign.id, 'Maria Mendes'),
    ]);
    const expected = ['2 Rivers Trust', 'The 12 Rivers Network', '1990 Families Association', 'Basin Alliance', 'Zoe Adams', 'Maria Mendes', 'Ada Zimmer'];
    expect(await liveNames(campaign.id)).toEqual(expected);
    expect(await lockAndRead(campaign.id, owner.id)).toEqual(expected);
  });

  it('puts the conveners first when the campaign says so, and keeps that order in the snapshot', async () => {
    const { owner, campaign } = await setup('conveners_first');
    const rows = await insertSignOns([
      org(campaign.id, 'Alpha Network'),
      org(campaign.id, 'Zulu Coalition'),
      org(campaign.id, 'Mike Trust'),
      person(campaign.id, 'Bea Young'),
      person(campaign.id, 'Cy Abbot'),
    ]);
    const named = (n: string) => rows.find((r) => r.displayName === n)!.id;
    await setConvener({ signOnId: named('Zulu Coalition'), convener: true }, owner.id);
    await setConvener({ signOnId: named('Bea Young'), convener: true }, owner.id);
    const expected = ['Zulu Coalition', 'Alpha Network', 'Mike Trust', 'Bea Young', 'Cy Abbot'];
    expect(await liveNames(campaign.id)).toEqual(expected);
    expect(await lockAndRead(campaign.id, owner.id)).toEqual(expected);
    // Once locked the flag is part of the final list and no longer changes.
    await expect(setConvener({ signOnId: named('Mike Trust'), convener: true }, owner.id)).rejects.toMatchObject({ code: 'invalid_transition' });
  });

  it('keeps the order entered, rows of one import in their order', async () => {
    const { owner, campaign } = await setup('entered');
    await insertSignOns([org(campaign.id, 'Zulu First'), org(campaign.id, 'Alpha Second'), person(campaign.id, 'Zed Person')]);
    await insertSignOns([org(campaign.id, 'Mike Third')]);
    const expected = ['Zulu First', 'Alpha Second', 'Mike Third', 'Zed Person'];
    expect(await liveNames(campaign.id)).toEqual(expected);
    expect(await lockAndRead(campaign.id, owner.id)).toEqual(expected);
  });

  it('lets only coordinators of the campaign mark conveners', async () => {
    const { campaign } = await setup();
    const outsider = await createCoordinator();
    const [row] = await insertSignOns([org(campaign.id, 'Some Org')]);
    await expect(setConvener({ signOnId: row!.id, convener: true }, outsider.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('exports of the list', () => {
  it('print nothing after a name without a country, download as files, and keep the JSON hash', async () => {
    const { owner, campaign } = await setup();
    await insertSignOns([org(campaign.id, 'Global Freshwater Network', { acronym: 'GFN' }), org(campaign.id, 'Kenya Water Trust', { country: 'KE' })]);
    await (await getDb()).update(campaigns).set({ liveList: true }).where(eq(campaigns.id, campaign.id));
    const { hash, lockedAt } = await lockCampaign({ campaignId: campaign.id }, owner.id);

    const txt = await exportResponse(campaign.slug, 'txt');
    const text = await txt.text();
    expect(text).toContain('Global Freshwater Network (GFN)\n');
    expect(text).not.toContain('International');
    expect(text).not.toContain(lockedAt.toISOString());
    expect(text).toMatch(/Final list, locked \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} UTC/);
    expect(txt.headers.get('Content-Disposition')).toBe(
      `attachment; filename="${campaign.slug}-signatories.txt"; filename*=UTF-8''${campaign.slug}-signatories.txt`,
    );

    const csv = await exportResponse(campaign.slug, 'csv');
    expect(csv.headers.get('Content-Disposition')).toMatch(new RegExp(`^attachment; filename="${campaign.slug}-signatories\\.csv"`));
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const api = await signatoriesCsvResponse(campaign.slug);
    expect([...new Uint8Array(await api.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(api.headers.get('Content-Disposition')).toMatch(/^attachment; filename="[^"]+-signatories\.csv"; filename\*=UTF-8''/);

    const json = await exportResponse(campaign.slug, 'json');
    expect(json.headers.get('Content-Disposition')).toMatch(/^attachment; /);
    const body = await json.text();
    expect(createHash('sha256').update(body, 'utf8').digest('hex')).toBe(hash);
    expect(JSON.parse(body).entries[0]).toMatchObject({ name: 'Global Freshwater Network', country: null });

    const dto = await getSignatoriesDto(campaign.slug, new URLSearchParams());
    expect(dto.entries.map((e) => [e.name, e.countryName])).toEqual([
      ['Global Freshwater Network', null],
      ['Kenya Water Trust', 'Kenya'],
    ]);
    expect((await getListCampaign(campaign.slug))?.listOrder).toBe('alphabetical');
  });
});
