import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { campaigns, signOns } from '@/db/schema';
import { seedDemo, DEMO_SLUG } from '@/lib/demo/seed';
import { canonicalEmail, normalizeName } from '@/lib/sign-ons/normalize';
import { createCampaign } from '../support/factories';
import { withFreshDatabase } from '../support/fresh-db';

describe('database', () => {
  it('seeds the demo campaign once, with sign-ons in every status and both kinds', async () => {
    await withFreshDatabase(async (db) => {
      expect(await seedDemo(db)).toBe(true);
      expect(await seedDemo(db)).toBe(false);

      const [demo] = await db.select().from(campaigns).where(eq(campaigns.slug, DEMO_SLUG));
      expect(demo?.status).toBe('open');
      const rows = await db.select().from(signOns).where(eq(signOns.campaignId, demo!.id));
      expect(rows.length).toBeGreaterThanOrEqual(28);
      expect(new Set(rows.map((r) => r.status))).toEqual(
        new Set(['pending_verification', 'verified', 'approved', 'rejected', 'withdrawn']),
      );
      expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['organization', 'individual']));
    });
  });

  it('makes one row from concurrent identical organization sign-ons (unique index)', async () => {
    const db = await getDb();
    const campaign = await createCampaign();
    const values = {
      campaignId: campaign.id,
      kind: 'organization' as const,
      displayName: 'Example Watch',
      email: 'Info@Example.test',
      canonicalEmail: canonicalEmail('Info@Example.test'),
      normalizedName: normalizeName('Example Watch'),
      versionSigned: 1,
    };
    await Promise.all(Array.from({ length: 10 }, () => db.insert(signOns).values(values).onConflictDoNothing()));
    const [n] = await db
      .select({ n: count() })
      .from(signOns)
      .where(and(eq(signOns.campaignId, campaign.id), eq(signOns.kind, 'organization')));
    expect(n?.n).toBe(1);
  });

  it('allows one individual sign-on per address but several organizations per address', async () => {
    const db = await getDb();
    const campaign = await createCampaign();
    const base = {
      campaignId: campaign.id,
      canonicalEmail: 'a@example.test',
      email: 'a@example.test',
      versionSigned: 1,
    };
    await db.insert(signOns).values({ ...base, kind: 'individual', displayName: 'A', normalizedName: 'a' });
    await expect(
      db.insert(signOns).values({ ...base, kind: 'individual', displayName: 'A B', normalizedName: 'a b' }),
    ).rejects.toThrow();
    await db
      .insert(signOns)
      .values({ ...base, kind: 'organization', displayName: 'Org One', normalizedName: 'org one' });
    await db
      .insert(signOns)
      .values({ ...base, kind: 'organization', displayName: 'Org Two', normalizedName: 'org two' });
  });
});
