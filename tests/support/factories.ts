import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { campaignMembers, campaigns, coordinators, letterVersions } from '@/db/schema';

export const uniq = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function createCoordinator(email = `${uniq('coord')}@example.test`) {
  const db = await getDb();
  const [row] = await db.insert(coordinators).values({ email, name: 'Test Coordinator' }).returning();
  return row!;
}

type CampaignInput = Partial<typeof campaigns.$inferInsert> & { ownerId?: string; body?: string };

export async function createCampaign(input: CampaignInput = {}) {
  const db = await getDb();
  const { ownerId, body, ...fields } = input;
  const slug = fields.slug ?? uniq('letter');
  const [campaign] = await db
    .insert(campaigns)
    .values({ title: `Letter ${slug}`, status: 'open', openedAt: new Date(), ...fields, slug })
    .returning();
  await db.insert(letterVersions).values({
    campaignId: campaign!.id,
    number: 1,
    title: campaign!.title,
    body: body ?? 'We, the undersigned, ask for **clean water**.',
    closing: 'Sincerely,',
  });
  if (ownerId) await db.insert(campaignMembers).values({ campaignId: campaign!.id, coordinatorId: ownerId, role: 'owner' });
  return campaign!;
}

/**
 * Empties the database of campaigns between tests, locked ones included: the database refuses
 * deleting a locked campaign (migration 0006), so its guard is set aside for this one statement.
 */
export async function deleteEveryCampaign() {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table campaigns disable trigger campaigns_kept_after_lock`);
    await tx.delete(campaigns);
    await tx.execute(sql`alter table campaigns enable trigger campaigns_kept_after_lock`);
  });
}
