// Used by the operator's command line (scripts/coordinator.ts), outside Next.js: no 'server-only'.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEvents, coordinators } from '@/db/schema';
import { normalizeCoordinatorEmail } from './schemas';

export type AddCoordinatorResult = { id: string; email: string; created: boolean };

/**
 * Makes an address a known coordinator who may start campaigns (and request a sign-in link);
 * idempotent. Coordinators invited to one campaign can start their own only once the operator
 * adds them here.
 */
export async function addCoordinator(db: Db, input: { email: string; name?: string | null }): Promise<AddCoordinatorResult> {
  const email = normalizeCoordinatorEmail(input.email);
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(coordinators)
      .values({ email, name: input.name ?? null, canCreateCampaigns: true })
      .onConflictDoNothing({ target: coordinators.email })
      .returning({ id: coordinators.id });
    if (inserted) {
      await tx.insert(auditEvents).values({
        actorType: 'operator',
        action: 'coordinator.added',
        subjectType: 'coordinator',
        subjectId: inserted.id,
        data: { email },
      });
      return { id: inserted.id, email, created: true };
    }
    const [existing] = await tx
      .update(coordinators)
      .set({ canCreateCampaigns: true, ...(input.name ? { name: input.name } : {}) })
      .where(eq(coordinators.email, email))
      .returning({ id: coordinators.id, granted: coordinators.canCreateCampaigns });
    await tx.insert(auditEvents).values({
      actorType: 'operator',
      action: 'coordinator.may_create_campaigns',
      subjectType: 'coordinator',
      subjectId: existing!.id,
      data: { email },
    });
    return { id: existing!.id, email, created: false };
  });
}
