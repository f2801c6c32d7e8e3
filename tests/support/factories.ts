import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { campaignMembers, campaigns, coordinators, letterVersions } from '@/db/schema';

export const uniq = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A coordinator as the operator adds one: allowed to start campaigns unless told otherwise. */
export async function createCoordinator(email = `${uniq('coord')}@example.test`, { canCreateCampaigns = true } = {}) {
  const db = await getDb();
  const [row] = await db.insert(coordinators).values({ email, name: 'Test Coordinator', canCreateCampaigns }).returning();
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
 * Empties the shared test database. A locked campaign refuses DELETE (it is part of the public
 * record), so this truncates, as only the database's owner can.
 */
export async function removeAllCampaigns() {
  const db = await getDb();
  await db.execute(sql`TRUNCATE campaigns CASCADE`);
}
