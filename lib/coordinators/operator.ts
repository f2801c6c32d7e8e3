// Used by the operator's command line (scripts/coordinator.ts), which runs under the react-server condition.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { coordinators } from '@/db/schema';
import { event, outcome, runCommand } from '../events';
import { normalizeCoordinatorEmail } from './schemas';

export type AddCoordinatorResult = { id: string; email: string; created: boolean };

/**
 * Makes an address a known coordinator who may start campaigns (and request a sign-in link);
 * idempotent. Coordinators invited to one campaign can start their own only once the operator
 * adds them here.
 */
export async function addCoordinator(db: Db, input: { email: string; name?: string | null }): Promise<AddCoordinatorResult> {
  const email = normalizeCoordinatorEmail(input.email);
  return runCommand<AddCoordinatorResult>(async (tx) => {
    const [inserted] = await tx
      .insert(coordinators)
      .values({ email, name: input.name ?? null, canCreateCampaigns: true })
      .onConflictDoNothing({ target: coordinators.email })
      .returning({ id: coordinators.id });
    if (inserted) {
      const added = event({
        type: 'coordinator.added',
        campaignId: null,
        actor: { type: 'operator' },
        subject: { type: 'coordinator', id: inserted.id },
        data: { email },
      });
      return outcome({ id: inserted.id, email, created: true }, [added]);
    }
    const [existing] = await tx
      .update(coordinators)
      .set({ canCreateCampaigns: true, ...(input.name ? { name: input.name } : {}) })
      .where(eq(coordinators.email, email))
      .returning({ id: coordinators.id, granted: coordinators.canCreateCampaigns });
    const granted = event({
      type: 'coordinator.may_create_campaigns',
      campaignId: null,
      actor: { type: 'operator' },
      subject: { type: 'coordinator', id: existing!.id },
      data: { email },
    });
    return outcome({ id: existing!.id, email, created: false }, [granted]);
  }, db);
}
