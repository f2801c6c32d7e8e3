import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Tx } from '@/db/client';
import { campaignMembers, campaigns, coordinators, letterVersions } from '@/db/schema';
import { requireRole } from '../auth/roles';
import { requireWritten } from '../conditional-write';
import { isUniqueViolation } from '../db-errors';
import { DomainError } from '../errors';
import { event, outcome, runCommand } from '../events';
import { followDeadlineWithReminders } from '../outreach/reminder-schedule';
import { cannotCreateCampaigns } from './labels';
import { campaignMachine, isFrozen, ownerOnlyEvents, type CampaignEvent, type CampaignStatus } from './lifecycle';
import type { CreateCampaignInput, DeleteCampaignInput, SettingsInput } from './schemas';

/** Who acts: the signed-in coordinator, or null for an anonymous caller (who may do nothing). */
export type Actor = { id: string } | null;

export function requireActor(actor: Actor): string {
  if (!actor?.id) throw new DomainError('forbidden', 'Please sign in as a coordinator.');
  return actor.id;
}

const slugTaken = () =>
  new DomainError('invalid_input', 'Please correct the highlighted fields.', {
    slug: ['This address is already used by another letter. Choose another.'],
  });

/**
 * The address asked for, or for one made from the title the first free one of `-2`, `-3`…:
 * a coordinator who typed only a title should not be told to pick another address.
 */
async function availableSlug(tx: Tx, input: CreateCampaignInput): Promise<string> {
  const tries = input.slugDerived ? [input.slug, ...Array.from({ length: 8 }, (_, i) => `${input.slug.slice(0, 76)}-${i + 2}`)] : [input.slug];
  const taken = await tx.select({ slug: campaigns.slug }).from(campaigns).where(inArray(campaigns.slug, tries));
  const free = tries.find((t) => !taken.some((row) => row.slug === t));
  if (!free) throw slugTaken();
  return free;
}

/** A new draft campaign with an empty letter (version 1); its creator is the first owner. */
export async function createCampaign(input: CreateCampaignInput, actor: Actor): Promise<{ id: string }> {
  const actorId = requireActor(actor);
  try {
    return await runCommand(async (tx) => {
      const [creator] = await tx
        .select({ allowed: coordinators.canCreateCampaigns })
        .from(coordinators)
        .where(eq(coordinators.id, actorId));
      if (!creator?.allowed) throw new DomainError('forbidden', cannotCreateCampaigns);
      const slug = await availableSlug(tx, input);
      const [campaign] = await tx
        .insert(campaigns)
        .values({ title: input.title, slug, language: input.language, createdBy: actorId })
        .returning({ id: campaigns.id });
      const id = campaign!.id;
      await tx.insert(campaignMembers).values({ campaignId: id, coordinatorId: actorId, role: 'owner' });
      await tx.insert(letterVersions).values({ campaignId: id, number: 1, title: input.title, editorId: actorId });
      const created = event({
        type: 'campaign.created',
        campaignId: id,
        actor: { type: 'coordinator', id: actorId },
        data: { title: input.title, slug, language: input.language },
      });
      return outcome({ id }, [created]);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

const eventType = { open: 'campaign.opened', close: 'campaign.closed', reopen: 'campaign.reopened' } as const;

const statusWords: Record<CampaignStatus, string> = {
  draft: 'a draft',
  open: 'open',
  closed: 'closed',
  locked: 'locked',
  delivered: 'delivered',
};

type TransitionEvent = Extract<CampaignEvent, 'open' | 'close' | 'reopen'>;

/**
 * Moves a campaign through its lifecycle with one conditional update, so that two people
 * pressing the same button produce one transition and one clear "already" answer.
 */
export async function transitionCampaign(
  input: { campaignId: string; event: TransitionEvent },
  actor: Actor,
): Promise<{ from: CampaignStatus; to: CampaignStatus }> {
  const actorId = requireActor(actor);
  const { campaignId, event: step } = input;
  return runCommand(async (tx) => {
    await requireRole(tx, campaignId, actorId, ownerOnlyEvents.includes(step) ? 'owner' : 'editor');
    const { from, to } = campaignMachine.table[step];
    const now = new Date();
    const stamps =
      step === 'open'
        ? { openedAt: now, closedAt: null }
        : step === 'close'
          ? { closedAt: now }
          : { closedAt: null };
    const [updated] = await tx
      .update(campaigns)
      .set({ status: to, updatedAt: now, ...stamps })
      .where(and(eq(campaigns.id, campaignId), inArray(campaigns.status, [...from])))
      .returning({ id: campaigns.id });
    if (!updated) {
      const [row] = await tx.select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, campaignId));
      const current = row!.status;
      if (current === to) throw new DomainError('conflict', `This campaign is already ${statusWords[current]}; nothing was changed.`);
      campaignMachine.assertTransition(current, step);
      throw new DomainError('conflict', 'The campaign changed while you were looking at it. Reload and try again.');
    }
    // Every transition of this product has one source status.
    const previous = from[0]!;
    const moved = event({ type: eventType[step], campaignId, actor: { type: 'coordinator', id: actorId }, data: { from: previous, to } });
    return outcome({ from: previous, to }, [moved]);
  });
}

export const openCampaign = (input: { campaignId: string }, actor: Actor) => transitionCampaign({ ...input, event: 'open' }, actor);
export const closeCampaign = (input: { campaignId: string }, actor: Actor) => transitionCampaign({ ...input, event: 'close' }, actor);
export const reopenCampaign = (input: { campaignId: string }, actor: Actor) => transitionCampaign({ ...input, event: 'reopen' }, actor);

const campaignChangedMeanwhile = 'The campaign changed meanwhile. Reload and try again.';

/** Writes a campaign only if it still has the status the command read; otherwise the coordinator reloads. */
export function updateCampaignAsRead(tx: Tx, campaign: { id: string; status: CampaignStatus }, values: PgUpdateSetSource<typeof campaigns>) {
  return requireWritten(
    tx
      .update(campaigns)
      .set(values)
      .where(and(eq(campaigns.id, campaign.id), eq(campaigns.status, campaign.status)))
      .returning({ id: campaigns.id }),
    campaignChangedMeanwhile,
  );
}

const settingFields = ['deadline', 'deadlineTimeZone', 'approvalPolicy', 'listFormat', 'listOrder', 'liveList', 'notifyRejected'] as const;

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

/** Deadline, approval policy, list format and order, live list and rejection emails; not once the list is frozen. */
export async function updateCampaignSettings(input: SettingsInput, actor: Actor): Promise<{ changed: string[] }> {
  const actorId = requireActor(actor);
  const changed = await runCommand(async (tx) => {
    await requireRole(tx, input.campaignId, actorId, 'editor');
    const [current] = await tx.select().from(campaigns).where(eq(campaigns.id, input.campaignId)).for('update');
    if (!current) throw new DomainError('not_found', 'Campaign not found.');
    if (current.status === 'locked' || current.status === 'delivered') {
      throw new DomainError('invalid_transition', 'The list is final; these settings can no longer change.');
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of settingFields) {
      const before = comparable(current[field]);
      const after = comparable(input[field]);
      if (before !== after) changes[field] = { from: before, to: after };
    }
    if (Object.keys(changes).length === 0) return outcome([]);
    await updateCampaignAsRead(tx, current, {
      deadline: input.deadline,
      deadlineTimeZone: input.deadlineTimeZone,
      approvalPolicy: input.approvalPolicy,
      listFormat: input.listFormat,
      listOrder: input.listOrder,
      liveList: input.liveList,
      notifyRejected: input.notifyRejected,
      updatedAt: sql`now()`,
    });
    if (changes.deadline || changes.deadlineTimeZone) {
      await followDeadlineWithReminders(tx, { ...current, deadline: input.deadline, deadlineTimeZone: input.deadlineTimeZone });
    }
    const settingsChanged = event({
      type: 'campaign.settings_changed',
      campaignId: input.campaignId,
      actor: { type: 'coordinator', id: actorId },
      data: { changes },
    });
    return outcome(Object.keys(changes), [settingsChanged]);
  });
  return { changed };
}

/**
 * Deletes a campaign that is not yet part of the public record (draft, open or closed), owner
 * only, once its web address has been typed out. Everything of the campaign goes with it by
 * cascade, its audit trail included, so the deletion is written to the server log for the
 * operator instead. A locked or delivered letter is the public record and is never deleted.
 */
export async function deleteCampaign(input: DeleteCampaignInput, actor: Actor): Promise<{ title: string }> {
  const actorId = requireActor(actor);
  const deleted = await runCommand(async (tx) => {
    await requireRole(tx, input.campaignId, actorId, 'owner');
    const [current] = await tx
      .select({ slug: campaigns.slug, title: campaigns.title, status: campaigns.status })
      .from(campaigns)
      .where(eq(campaigns.id, input.campaignId))
      .for('update');
    if (!current) throw new DomainError('not_found', 'Campaign not found.');
    if (isFrozen(current.status)) {
      throw new DomainError(
        'invalid_transition',
        'This letter’s list is final and part of the public record, so the campaign cannot be deleted.',
      );
    }
    if (input.confirmSlug !== current.slug) {
      throw new DomainError('invalid_input', 'Please correct the highlighted fields.', {
        confirmSlug: [`Type ${current.slug} exactly to confirm.`],
      });
    }
    // The lock takes the same row lock, so a lock and a deletion cannot both succeed.
    await requireWritten(
      tx
        .delete(campaigns)
        .where(and(eq(campaigns.id, input.campaignId), inArray(campaigns.status, ['draft', 'open', 'closed'])))
        .returning({ id: campaigns.id }),
      campaignChangedMeanwhile,
    );
    // Its audit trail goes with it: the deletion is written to the server log below instead.
    const removed = event({ type: 'campaign.deleted', campaignId: input.campaignId, actor: { type: 'coordinator', id: actorId }, data: {} });
    return outcome(current, [removed]);
  });
  console.info(
    `[campaigns] deleted campaign ${input.campaignId} (${deleted.slug}, ${deleted.status}) by coordinator ${actorId}`,
  );
  return { title: deleted.title };
}
