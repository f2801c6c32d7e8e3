import { randomUUID } from 'node:crypto';
import { getDb } from '@/db/client';
import { campaignMembers, signOns } from '@/db/schema';
import { canonicalEmail, normalizeName } from '@/lib/sign-ons/normalize';

type SignOnInput = Partial<typeof signOns.$inferInsert> & { campaignId: string; displayName: string };

// A domain of its own per entry, so unrelated entries never share an email domain.
const uniqueEmail = () => `contact@${randomUUID().slice(0, 8)}.example`;

/** Inserts sign-ons directly, bypassing the form; approved unless told. */
export async function insertSignOns(rows: SignOnInput[]) {
  const db = await getDb();
  if (rows.length === 0) return [];
  return db
    .insert(signOns)
    .values(
      rows.map((r) => {
        const email = r.email ?? uniqueEmail();
        return {
          kind: 'organization' as const,
          status: 'approved' as const,
          versionSigned: 1,
          email,
          canonicalEmail: canonicalEmail(email),
          normalizedName: normalizeName(r.displayName),
          ...r,
        };
      }),
    )
    .returning();
}

/** One sign-on awaiting review (verified) unless told otherwise. */
export async function createSignOn(input: SignOnInput) {
  const [row] = await insertSignOns([{ status: 'verified', verifiedAt: new Date(), ...input }]);
  return row!;
}

export async function addMember(campaignId: string, coordinatorId: string, role: 'owner' | 'editor') {
  const db = await getDb();
  await db.insert(campaignMembers).values({ campaignId, coordinatorId, role });
}
