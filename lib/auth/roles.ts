import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { memberRoles } from '@/db/enums';
import { campaignMembers } from '@/db/schema';
import { DomainError } from '../errors';

export type Role = (typeof memberRoles)[number];

/** The membership row of one coordinator on one campaign. */
export const membershipOf = (campaignId: string, coordinatorId: string) =>
  and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.coordinatorId, coordinatorId));

/** The coordinator's role on a campaign, or null when they are not a member. */
export async function getRole(db: DbOrTx, campaignId: string, coordinatorId: string): Promise<Role | null> {
  const [row] = await db
    .select({ role: campaignMembers.role })
    .from(campaignMembers)
    .where(membershipOf(campaignId, coordinatorId))
    .limit(1);
  return row?.role ?? null;
}

/**
 * Throws unless the coordinator may act on the campaign. A non-member gets not_found, so
 * nobody learns that a campaign they do not belong to exists.
 */
export async function requireRole(
  db: DbOrTx,
  campaignId: string,
  coordinatorId: string,
  needed: Role = 'editor',
): Promise<Role> {
  const role = await getRole(db, campaignId, coordinatorId);
  if (!role) throw new DomainError('not_found', 'Campaign not found.');
  if (needed === 'owner' && role !== 'owner') {
    throw new DomainError('forbidden', 'Only an owner of this campaign can do that.');
  }
  return role;
}
