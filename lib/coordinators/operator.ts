// Used by the operator's command line (scripts/coordinator.ts), outside Next.js: no 'server-only'.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEvents, coordinators } from '@/db/schema';
import { normalizeCoordinatorEmail } from './schemas';

export type AddCoordinatorResult = { id: string; email: string; created: boolean };

/** Makes an address a known coordinator (who may then request a sign-in link); idempotent. */
export async function addCoordinator(db: Db, input: { email: string; name?: string | null }): Promise<AddCoordinatorResult> {
  const email = normalizeCoordinatorEmail(input.email);
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(coordinators)
      .values({ email, name: input.name ?? null })
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
    const [existing] = await tx.select({ id: coordinators.id }).from(coordinators).where(eq(coordinators.email, email));
    if (input.name) await tx.update(coordinators).set({ name: input.name }).where(eq(coordinators.email, email));
    return { id: existing!.id, email, created: false };
  });
}
