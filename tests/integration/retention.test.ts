import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { campaigns, signOns } from '@/db/schema';
import { erasePrivateData, purgeUnverifiedSignOns } from '@/lib/sign-ons/retention';
import { canonicalEmail, normalizeName } from '@/lib/sign-ons/normalize';
import { createCampaign, createCoordinator } from '../support/factories';

async function signOn(campaignId: string, name: string, status: 'pending_verification' | 'approved', createdAt = new Date()) {
  const db = await getDb();
  const email = `${normalizeName(name).replace(/ /g, '.')}@example.test`;
  const [row] = await db
    .insert(signOns)
    .values({
      campaignId,
      kind: 'organization',
      status,
      displayName: name,
      email,
      canonicalEmail: canonicalEmail(email),
      normalizedName: normalizeName(name),
      contactName: 'Private Person',
      comment: 'Private comment',
      versionSigned: 1,
      createdAt,
    })
    .returning();
  return row!;
}

describe('retention', () => {
  it('purges sign-ons left unverified for more than 7 days, and nothing else', async () => {
    const campaign = await createCampaign();
    const now = new Date();
    const old = await signOn(campaign.id, 'Old Unverified', 'pending_verification', new Date(now.getTime() - 8 * 86400e3));
    const recent = await signOn(campaign.id, 'Recent Unverified', 'pending_verification', new Date(now.getTime() - 6 * 86400e3));
    const approvedOld = await signOn(campaign.id, 'Old Approved', 'approved', new Date(now.getTime() - 30 * 86400e3));
    await purgeUnverifiedSignOns(now);
    const db = await getDb();
    const left = (await db.select().from(signOns).where(eq(signOns.campaignId, campaign.id))).map((r) => r.id);
    expect(left).not.toContain(old.id);
    expect(left).toEqual(expect.arrayContaining([recent.id, approvedOld.id]));
  });

  it('lets an owner erase private data after delivery, keeping the public fields', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    const entry = await signOn(campaign.id, 'Erased Org', 'approved');
    await expect(erasePrivateData({ campaignId: campaign.id }, owner.id)).rejects.toMatchObject({ code: 'invalid_transition' });
    const db = await getDb();
    await db.update(campaigns).set({ status: 'delivered' }).where(eq(campaigns.id, campaign.id));
    const stranger = await createCoordinator();
    await expect(erasePrivateData({ campaignId: campaign.id }, stranger.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await erasePrivateData({ campaignId: campaign.id }, owner.id)).toEqual({ count: 1 });
    const [row] = await db.select().from(signOns).where(eq(signOns.id, entry.id));
    expect(row).toMatchObject({ displayName: 'Erased Org', status: 'approved', email: null, contactName: null, comment: null });
    expect(row!.erasedAt).toBeInstanceOf(Date);
  });
});
