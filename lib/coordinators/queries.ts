import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { coordinators } from '@/db/schema';

export type CoordinatorSettings = { email: string; name: string | null; digest: boolean };

/** The signed-in coordinator's own settings. */
export async function getCoordinatorSettings(coordinatorId: string): Promise<CoordinatorSettings | null> {
  const db = await getDb();
  const [row] = await db
    .select({ email: coordinators.email, name: coordinators.name, digestOptOut: coordinators.digestOptOut })
    .from(coordinators)
    .where(eq(coordinators.id, coordinatorId));
  return row ? { email: row.email, name: row.name, digest: !row.digestOptOut } : null;
}
