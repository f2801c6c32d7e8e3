import { getDb } from '@/db/client';
import { signOns } from '@/db/schema';
import { canonicalEmail, normalizeName } from '@/lib/sign-ons/normalize';
import { uniq } from './factories';

type SignOnInput = Partial<typeof signOns.$inferInsert> & { campaignId: string; displayName: string };

/** Inserts sign-ons directly (the sign-on form is another feature); approved unless told. */
export async function insertSignOns(rows: SignOnInput[]) {
  const db = await getDb();
  if (rows.length === 0) return [];
  return db
    .insert(signOns)
    .values(
      rows.map((r) => {
        const email = r.email ?? `${uniq('signer')}@example.test`;
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
