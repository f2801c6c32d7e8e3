import { randomUUID } from 'node:crypto';
import { getDb } from '@/db/client';
import { campaignMembers, signOns } from '@/db/schema';
import { canonicalEmail, normalizeName } from '@/lib/sign-ons/normalize';

type SignOnInput = Partial<typeof signOns.$inferInsert> & { campaignId: string; displayName: string };

export async function createSignOn(input: SignOnInput) {
  const db = await getDb();
  // A domain of its own, so unrelated entries never share an email domain.
  const id = randomUUID().slice(0, 8);
  const email = input.email ?? `contact@${id}.example`;
  const [row] = await db
    .insert(signOns)
    .values({
      kind: 'organization',
      status: 'verified',
      versionSigned: 1,
      verifiedAt: new Date(),
      ...input,
      email,
      canonicalEmail: canonicalEmail(email),
      normalizedName: normalizeName(input.displayName),
    })
    .returning();
  return row!;
}

export async function addMember(campaignId: string, coordinatorId: string, role: 'owner' | 'editor') {
  const db = await getDb();
  await db.insert(campaignMembers).values({ campaignId, coordinatorId, role });
}
