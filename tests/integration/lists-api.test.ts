import { afterAll, describe, expect, it } from 'vitest';
import { getCampaignDto, getSignatoriesDto, signatoriesCsvResponse } from '@/lib/lists/api';
import { lockCampaign, recordDelivery } from '@/lib/campaigns/final-list';
import { exportResponse } from '@/lib/lists/exports';
import { createCampaign, createCoordinator, removeAllCampaigns } from '../support/factories';
import { insertSignOns } from '../support/sign-ons';

afterAll(async () => {
  await removeAllCampaigns();
});

const SECRET = 'ZZPRIVATE';

/** Sign-ons whose every private field holds a value no public response may contain. */
async function signOnsWithSecrets(campaignId: string) {
  return insertSignOns(
    Array.from({ length: 6 }, (_, i) => ({
      campaignId,
      kind: i % 2 ? ('individual' as const) : ('organization' as const),
      displayName: `Public Name ${i}`,
      acronym: i % 2 ? null : `PN${i}`,
      title: i % 2 ? `Public title ${i}` : null,
      country: ['FR', 'KE', null][i % 3],
      website: `https://${SECRET.toLowerCase()}-site-${i}.example`,
      email: `${SECRET.toLowerCase()}-email-${i}@example.test`,
      contactName: `${SECRET} contact ${i}`,
      contactRole: `${SECRET} role ${i}`,
      comment: `${SECRET} comment ${i}`,
      keepInformed: true,
      originalSubmission: { note: `${SECRET} original ${i}` },
    })),
  );
}

const publicKeys = ['acronym', 'country', 'countryName', 'kind', 'name', 'position', 'title'];

async function everyPublicBody(slug: string): Promise<string[]> {
  const bodies = [
    JSON.stringify(await getCampaignDto(slug)),
    JSON.stringify(await getSignatoriesDto(slug, new URLSearchParams('perPage=500'))),
    await (await signatoriesCsvResponse(slug)).text(),
  ];
  return bodies;
}

describe('public API', () => {
  it('never returns an email, contact, comment, website or anything private, live or locked', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ status: 'closed', liveList: true, ownerId: owner.id });
    await signOnsWithSecrets(campaign.id);

    const live = await getSignatoriesDto(campaign.slug, new URLSearchParams());
    expect(live.final).toBe(false);
    expect(live.total).toBe(6);
    for (const entry of live.entries) expect(Object.keys(entry).sort()).toEqual(publicKeys);
    for (const body of await everyPublicBody(campaign.slug)) {
      expect(body).not.toMatch(new RegExp(SECRET, 'i'));
      expect(body).not.toContain('@example.test');
    }

    await lockCampaign({ campaignId: campaign.id }, owner.id);
    await recordDelivery(
      { campaignId: campaign.id, deliveredAt: new Date(), deliveredTo: 'The Minister', method: 'post', note: null, link: null },
      owner.id,
    );
    const locked = await getSignatoriesDto(campaign.slug, new URLSearchParams('page=1&perPage=4'));
    expect(locked).toMatchObject({ final: true, page: 1, perPage: 4, total: 6, totalPages: 2 });
    for (const entry of locked.entries) expect(Object.keys(entry).sort()).toEqual(publicKeys);
    const bodies = [
      ...(await everyPublicBody(campaign.slug)),
      await (await exportResponse(campaign.slug, 'json')).text(),
      await (await exportResponse(campaign.slug, 'csv')).text(),
      await (await exportResponse(campaign.slug, 'txt')).text(),
    ];
    for (const body of bodies) {
      expect(body).not.toMatch(new RegExp(SECRET, 'i'));
      expect(body).not.toContain('@example.test');
    }
    // Every body but the campaign's own carries the list itself.
    for (const body of bodies.slice(1)) expect(body).toContain('Public Name 0');
    const dto = await getCampaignDto(campaign.slug);
    expect(dto.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
    expect(dto.delivery).toMatchObject({ deliveredTo: 'The Minister', method: 'post' });
    expect(Object.keys(dto).sort()).toEqual(
      ['counts', 'currentVersion', 'deadline', 'delivery', 'language', 'links', 'listPublic', 'lockedAt', 'lockedVersion', 'slug', 'snapshotHash', 'status', 'summary', 'title'].sort(),
    );
  });

  it('keeps a list private unless it is live or locked, and drafts unknown', async () => {
    const hidden = await createCampaign({ status: 'open', liveList: false });
    await signOnsWithSecrets(hidden.id);
    const dto = await getCampaignDto(hidden.slug);
    expect(dto).toMatchObject({ listPublic: false, snapshotHash: null, counts: { organizations: 3, individuals: 3, countries: 2 } });
    await expect(getSignatoriesDto(hidden.slug, new URLSearchParams())).rejects.toMatchObject({ code: 'forbidden' });
    await expect(signatoriesCsvResponse(hidden.slug)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(exportResponse(hidden.slug, 'json')).rejects.toMatchObject({ code: 'not_found' });

    const draft = await createCampaign({ status: 'draft', liveList: true });
    await expect(getCampaignDto(draft.slug)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getSignatoriesDto(draft.slug, new URLSearchParams())).rejects.toMatchObject({ code: 'not_found' });
  });

  it('answers bad paging with invalid_input (400)', async () => {
    const c = await createCampaign({ status: 'open', liveList: true });
    for (const qs of ['page=0', 'page=-1', 'page=1.5', 'page=x', 'perPage=0', 'perPage=501', 'perPage=']) {
      await expect(getSignatoriesDto(c.slug, new URLSearchParams(qs)), qs).rejects.toMatchObject({ code: 'invalid_input' });
    }
  });
});
