import 'server-only';
import { and, countDistinct, eq, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { signOns } from '@/db/schema';
import { summarySentence, type Counts } from './summary';

/** Counts of approved sign-ons only (SPEC §5): countries are distinct codes across both kinds. */
export async function getCounts(campaignId: string, db?: DbOrTx): Promise<Counts & { summary: string }> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select({
      organizations: sql<number>`count(*) filter (where ${signOns.kind} = 'organization')`.mapWith(Number),
      individuals: sql<number>`count(*) filter (where ${signOns.kind} = 'individual')`.mapWith(Number),
      countries: countDistinct(signOns.country),
    })
    .from(signOns)
    .where(and(eq(signOns.campaignId, campaignId), eq(signOns.status, 'approved')));
  const counts = { organizations: row?.organizations ?? 0, individuals: row?.individuals ?? 0, countries: Number(row?.countries ?? 0) };
  return { ...counts, summary: summarySentence(counts) };
}
