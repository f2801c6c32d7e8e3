import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { campaignMembers, campaigns, coordinators, outboxMessages } from '@/db/schema';
import { membershipOf, requireRole, type Role } from '../auth/roles';
import { requireActor, type Actor } from '../campaigns/commands';
import type { OutgoingEmail } from '../email/outbox';
import { event, outcome, runCommand, type EventData } from '../events';
import { DomainError } from '../errors';
import { absoluteUrl } from '../urls';

/** Holds the campaign row (FOR UPDATE) so that membership changes of one campaign run one at a time. */
async function holdCampaignRow(tx: Tx, campaignId: string) {
  const [campaign] = await tx
    .select({ id: campaigns.id, title: campaigns.title })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId))
    .for('update');
  if (!campaign) throw new DomainError('not_found', 'Campaign not found.');
  return campaign;
}

async function ownerCount(tx: Tx, campaignId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(campaignMembers)
    .where(and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.role, 'owner')));
  return row?.n ?? 0;
}

type MemberRef = { campaignId: string; coordinatorId: string };

/** An owner's hold on the campaign's membership list, and the member the change is about. */
async function holdMembership(tx: Tx, input: MemberRef, actorId: string) {
  await requireRole(tx, input.campaignId, actorId, 'owner');
  await holdCampaignRow(tx, input.campaignId);
  const [member] = await tx
    .select({ role: campaignMembers.role, email: coordinators.email })
    .from(campaignMembers)
    .innerJoin(coordinators, eq(coordinators.id, campaignMembers.coordinatorId))
    .where(membershipOf(input.campaignId, input.coordinatorId));
  if (!member) throw new DomainError('not_found', 'That person is not a coordinator of this campaign.');
  return member;
}

/** The last owner can be neither demoted nor removed. */
async function keepAnOwner(tx: Tx, campaignId: string, member: { role: Role }): Promise<void> {
  if (member.role === 'owner' && (await ownerCount(tx, campaignId)) <= 1) {
    throw new DomainError('conflict', 'A campaign always keeps at least one owner. Make someone else an owner first.');
  }
}

/** What a change to one membership records: who made it, and whose membership it was. */
function membershipEvent<T extends 'coordinator.role_changed' | 'coordinator.removed'>(type: T, member: MemberRef, actorId: string, data: EventData[T]) {
  return event<T>({
    type,
    campaignId: member.campaignId,
    actor: { type: 'coordinator', id: actorId },
    subject: { type: 'coordinator', id: member.coordinatorId },
    data,
  });
}

/** Invitation emails one address gets from one campaign, ever. */
export const MAX_INVITATIONS_PER_ADDRESS = 3;

async function invitationsSent(tx: Tx, campaignId: string, email: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.campaignId, campaignId),
        eq(outboxMessages.template, 'coordinator-invitation'),
        eq(outboxMessages.to, email),
      ),
    );
  return row?.n ?? 0;
}

/**
 * An owner adds a co-coordinator by email: the address becomes a known coordinator (who may
 * then sign in) and a member of this campaign only, and gets an invitation email.
 */
export async function inviteCoordinator(
  input: { campaignId: string; email: string; role: Role },
  actor: Actor,
): Promise<{ coordinatorId: string; emailed: boolean }> {
  const actorId = requireActor(actor);
  return runCommand(async (tx) => {
    await requireRole(tx, input.campaignId, actorId, 'owner');
    const campaign = await holdCampaignRow(tx, input.campaignId);
    await tx.insert(coordinators).values({ email: input.email }).onConflictDoNothing({ target: coordinators.email });
    const [invitee] = await tx.select().from(coordinators).where(eq(coordinators.email, input.email));
    const [added] = await tx
      .insert(campaignMembers)
      .values({ campaignId: campaign.id, coordinatorId: invitee!.id, role: input.role, invitedBy: actorId })
      .onConflictDoNothing()
      .returning({ createdAt: campaignMembers.createdAt });
    if (!added) {
      throw new DomainError('invalid_input', 'Please correct the highlighted fields.', {
        email: ['This person is already a coordinator of this campaign.'],
      });
    }
    const [inviter] = await tx.select().from(coordinators).where(eq(coordinators.id, actorId));
    // Invite, remove, invite again… must not become a way to email someone without end.
    const emailed = (await invitationsSent(tx, campaign.id, invitee!.email)) < MAX_INVITATIONS_PER_ADDRESS;
    const invitation: OutgoingEmail<'coordinator-invitation'> = {
      template: 'coordinator-invitation',
      to: invitee!.email,
      campaignId: campaign.id,
      idempotencyKey: `coordinator-invitation:${campaign.id}:${invitee!.id}:${added.createdAt.getTime()}`,
      locale: invitee!.locale,
      props: {
        campaignTitle: campaign.title,
        inviterName: inviter?.name ?? inviter?.email ?? 'A coordinator',
        role: input.role,
        signInUrl: absoluteUrl(`/sign-in?${new URLSearchParams({ email: invitee!.email })}`),
      },
    };
    const invited = event({
      type: 'coordinator.invited',
      campaignId: campaign.id,
      actor: { type: 'coordinator', id: actorId },
      subject: { type: 'coordinator', id: invitee!.id },
      data: { email: invitee!.email, role: input.role, emailed },
      emails: emailed ? [invitation] : [],
    });
    return outcome({ coordinatorId: invitee!.id, emailed }, [invited]);
  });
}

/** Owners change roles; the last owner cannot be demoted. */
export async function changeCoordinatorRole(
  input: { campaignId: string; coordinatorId: string; role: Role },
  actor: Actor,
): Promise<void> {
  const actorId = requireActor(actor);
  await runCommand(async (tx) => {
    const member = await holdMembership(tx, input, actorId);
    if (member.role === input.role) return outcome(undefined);
    await keepAnOwner(tx, input.campaignId, member);
    await tx.update(campaignMembers).set({ role: input.role }).where(membershipOf(input.campaignId, input.coordinatorId));
    const data = { email: member.email, from: member.role, to: input.role };
    return outcome(undefined, [membershipEvent('coordinator.role_changed', input, actorId, data)]);
  });
}

/** Owners remove co-coordinators; the last owner stays. */
export async function removeCoordinator(input: { campaignId: string; coordinatorId: string }, actor: Actor): Promise<void> {
  const actorId = requireActor(actor);
  await runCommand(async (tx) => {
    const member = await holdMembership(tx, input, actorId);
    await keepAnOwner(tx, input.campaignId, member);
    await tx.delete(campaignMembers).where(membershipOf(input.campaignId, input.coordinatorId));
    const data = { email: member.email, role: member.role };
    return outcome(undefined, [membershipEvent('coordinator.removed', input, actorId, data)]);
  });
}

/**
 * The signed-in coordinator's choice about the daily review digest. It touches only their own
 * row (the actor is the subject), so no role check or audit event is needed.
 */
export async function setDigestPreference(input: { digest: boolean }, actor: Actor): Promise<{ digest: boolean }> {
  const id = requireActor(actor);
  return runCommand(async (tx) => {
    const [row] = await tx
      .update(coordinators)
      .set({ digestOptOut: !input.digest })
      .where(eq(coordinators.id, id))
      .returning({ digestOptOut: coordinators.digestOptOut });
    if (!row) throw new DomainError('not_found', 'Coordinator not found.');
    return outcome({ digest: !row.digestOptOut });
  });
}
