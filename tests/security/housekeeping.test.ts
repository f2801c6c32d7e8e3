import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { rateLimits, signOns } from '@/db/schema';
import { startWorker } from '@/lib/email/worker';
import type { Transport } from '@/lib/email/transports';
import { lockCampaign } from '@/lib/campaigns/final-list';
import { runHousekeeping } from '@/lib/security/housekeeping';
import { createCampaign, createCoordinator, uniq } from '../support/factories';
import { insertSignOns } from '../support/sign-ons';

const DAY = 86_400_000;
const idle: Transport = { name: 'idle', maxBatch: 1, send: async () => ({ ok: true, providerId: null }) };

async function unverified(campaignId: string, ageDays: number) {
  const [row] = await insertSignOns([
    { campaignId, displayName: uniq('Unverified'), status: 'pending_verification', contactName: 'Private Person', createdAt: new Date(Date.now() - ageDays * DAY) },
  ]);
  return row!;
}

describe('scheduled purge', () => {
  it('the worker loop purges unverified sign-ons older than 7 days and old rate-limit counters', async () => {
    const campaign = await createCampaign();
    const old = await unverified(campaign.id, 8);
    const recent = await unverified(campaign.id, 1);
    const db = await getDb();
    const key = uniq('test-limit');
    await db.insert(rateLimits).values([
      { key, windowStart: new Date(Date.now() - 3 * DAY), count: 3 },
      { key, windowStart: new Date(Math.floor(Date.now() / 600_000) * 600_000), count: 1 },
    ]);

    const worker = startWorker({ db, transport: idle, intervalMs: 10 });
    try {
      await expect
        .poll(async () => (await db.select().from(signOns).where(eq(signOns.id, old.id))).length, { timeout: 10_000 })
        .toBe(0);
    } finally {
      await worker.stop();
    }
    const left = await db.select({ id: signOns.id }).from(signOns).where(inArray(signOns.id, [old.id, recent.id]));
    expect(left.map((r) => r.id)).toEqual([recent.id]);
    expect(await db.select().from(rateLimits).where(eq(rateLimits.key, key))).toHaveLength(1);
  });

  it('keeps a locked list intact, erasing only the private fields of its expired unverified sign-ons', async () => {
    const owner = await createCoordinator();
    const open = await createCampaign({ ownerId: owner.id });
    const locked = await createCampaign({ ownerId: owner.id, status: 'closed' });
    await insertSignOns([{ campaignId: locked.id, displayName: uniq('Approved Org') }]);
    const stale = await unverified(locked.id, 9);
    const openStale = await unverified(open.id, 9);
    await lockCampaign({ campaignId: locked.id }, owner.id);

    // Before: one refused deletion would have stopped the whole purge, everywhere.
    const { signOnsPurged } = await runHousekeeping();
    expect(signOnsPurged).toBeGreaterThanOrEqual(1);
    const db = await getDb();
    expect(await db.select().from(signOns).where(eq(signOns.id, openStale.id))).toEqual([]);
    const [kept] = await db.select().from(signOns).where(eq(signOns.id, stale.id));
    expect(kept).toMatchObject({ status: 'pending_verification', email: null, canonicalEmail: null, contactName: null });
    expect(kept!.erasedAt).toBeInstanceOf(Date);
  });
});
