import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { campaigns, outreachTargets } from '@/db/schema';
import { acceptsSignOns } from '../campaigns/lifecycle';

/** The outreach emails: each may wait in the outbox (a scheduled reminder waits days) while things change. */
export const outreachTemplates: readonly string[] = ['outreach-invitation', 'outreach-reminder'];

/**
 * Why a queued outreach email must not go out now, or null when it still may: the worker asks
 * just before sending, so a reminder queued days ahead is dropped if the campaign closed, or
 * its target opted out or signed meanwhile (docs/decisions/0011). Not server-only: the
 * stand-alone worker runs it.
 */
export async function outreachHold(db: DbOrTx, message: { template: string; props: Record<string, unknown> }, now = new Date()): Promise<string | null> {
  if (!outreachTemplates.includes(message.template)) return null;
  const targetId = typeof message.props.targetId === 'string' ? message.props.targetId : null;
  if (!targetId) return 'no target';
  const [row] = await db
    .select({ state: outreachTargets.state, signOnId: outreachTargets.signOnId, status: campaigns.status, deadline: campaigns.deadline })
    .from(outreachTargets)
    .innerJoin(campaigns, eq(campaigns.id, outreachTargets.campaignId))
    .where(eq(outreachTargets.id, targetId))
    .limit(1);
  if (!row) return 'the organization was removed';
  if (!acceptsSignOns(row, now)) return 'the campaign no longer accepts sign-ons';
  if (row.state === 'opted_out') return 'the organization opted out';
  if (row.state === 'signed' || row.signOnId) return 'the organization has signed';
  return null;
}
