import 'server-only';
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { campaigns, coordinators, outreachTargets, signOns } from '@/db/schema';
import { parseOrThrow } from '../actions/parse';
import { requireRole } from '../auth/roles';
import { campaignRefColumns } from '../campaigns/columns';
import { requireActor, type Actor } from '../campaigns/commands';
import { acceptsSignOns } from '../campaigns/lifecycle';
import { requireWritten } from '../conditional-write';
import type { OutgoingEmail } from '../email/outbox';
import { DomainError } from '../errors';
import { event, outcome, runCommand, type DomainEvent } from '../events';
import { hashToken, newToken } from '../security/tokens';
import { emailDomain } from '../sign-ons/normalize';
import { absoluteUrl } from '../urls';
import { assertTargetTransition, reminderMoment, type TargetState } from './lifecycle';
import { isAddable, parseTargets } from './parse-targets';
import { existingTargets, isGenericDomain } from './queries';
import { invitationToken, type TargetsChoice } from './schemas';
import { invitedPath, optOutPath } from './paths';

type Campaign = Pick<typeof campaigns.$inferSelect, 'id' | 'slug' | 'title' | 'language' | 'status' | 'deadline' | 'deadlineTimeZone' | 'outreachReminderDays'>;
type Target = typeof outreachTargets.$inferSelect;
const t = outreachTargets;

/** Holds the campaign row, so that a close and a batch of invitations never interleave. */
async function holdCampaign(tx: Tx, campaignId: string): Promise<Campaign> {
  const [campaign] = await tx
    .select({
      ...campaignRefColumns,
      deadline: campaigns.deadline,
      deadlineTimeZone: campaigns.deadlineTimeZone,
      outreachReminderDays: campaigns.outreachReminderDays,
    })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId))
    .for('update');
  if (!campaign) throw new DomainError('not_found', 'Campaign not found.');
  return campaign;
}

/** Nobody is asked to sign a letter that no longer takes signatures. */
function requireOpen(campaign: Campaign): void {
  if (!acceptsSignOns(campaign)) {
    throw new DomainError('invalid_transition', 'Invitations and reminders go out only while the letter is open for sign-on.');
  }
}

async function senderName(tx: Tx, actorId: string): Promise<string> {
  const [me] = await tx.select({ name: coordinators.name, email: coordinators.email }).from(coordinators).where(eq(coordinators.id, actorId));
  return me?.name ?? me?.email ?? 'The coordinators';
}

type Sending = { campaign: Campaign; sender: string; actorId: string };

function outreachEmail(template: 'outreach-invitation' | 'outreach-reminder', target: Target, s: Sending, token: string, notBefore?: Date): OutgoingEmail {
  return {
    template,
    to: target.email,
    campaignId: s.campaign.id,
    // One invitation and one reminder per target, ever: the key says which.
    idempotencyKey: `${template}:${target.id}`,
    // Organizations are written to in the letter's own language.
    locale: s.campaign.language,
    notBefore,
    props: {
      campaignTitle: s.campaign.title,
      organizationName: target.name,
      senderName: s.sender,
      inviteUrl: absoluteUrl(invitedPath(s.campaign.slug, token)),
      optOutUrl: absoluteUrl(optOutPath(token)),
      deadline: s.campaign.deadline?.toISOString() ?? null,
      timeZone: s.campaign.deadlineTimeZone,
      targetId: target.id,
    },
  };
}

/**
 * Adds the rows of a pasted list or CSV that are valid and new; rows with errors and
 * duplicates are skipped (the preview showed them).
 */
export async function addTargets(input: { campaignId: string; text: string }, actor: Actor): Promise<{ added: number; skipped: number }> {
  const actorId = requireActor(actor);
  return runCommand(async (tx) => {
    await requireRole(tx, input.campaignId, actorId, 'editor');
    await holdCampaign(tx, input.campaignId);
    const rows = parseTargets(input.text, await existingTargets(tx, input.campaignId));
    const addable = rows.filter(isAddable);
    if (addable.length === 0) {
      throw new DomainError('invalid_input', 'Nothing to add.', { text: ['Every row has an error or is already a target.'] });
    }
    const added = await tx
      .insert(t)
      .values(
        addable.map((r) => ({
          campaignId: input.campaignId,
          name: r.name,
          normalizedName: r.normalizedName,
          acronym: r.acronym,
          country: r.country,
          email: r.email,
          canonicalEmail: r.canonicalEmail,
          addedBy: actorId,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: t.id });
    const skipped = rows.length - added.length;
    const done = event({
      type: 'outreach.targets-added',
      campaignId: input.campaignId,
      actor: { type: 'coordinator', id: actorId },
      data: { count: added.length, skipped },
    });
    return outcome({ added: added.length, skipped }, [done]);
  });
}

/** An editor's hold on a campaign that still takes sign-ons: nothing is sent for a closed letter. */
async function holdOpenCampaign(tx: Tx, campaignId: string, actorId: string) {
  await requireRole(tx, campaignId, actorId, 'editor');
  const campaign = await holdCampaign(tx, campaignId);
  requireOpen(campaign);
  return campaign;
}

async function startSending(tx: Tx, campaignId: string, actorId: string): Promise<Sending> {
  const campaign = await holdOpenCampaign(tx, campaignId, actorId);
  return { campaign, sender: await senderName(tx, actorId), actorId };
}

const chosen = (input: TargetsChoice) => and(eq(t.campaignId, input.campaignId), input.targetId ? eq(t.id, input.targetId) : undefined);

/** Invites one target, or every target not yet invited, each with a personal link. */
export async function inviteTargets(input: TargetsChoice, actor: Actor): Promise<{ invited: number }> {
  const actorId = requireActor(actor);
  return runCommand(async (tx) => {
    const s = await startSending(tx, input.campaignId, actorId);
    const { campaign } = s;
    const candidates = await tx.select().from(t).where(and(chosen(input), eq(t.state, 'added')));
    const events: DomainEvent[] = [];
    // A schedule set earlier applies to those invited after it too.
    const scheduled = campaign.outreachReminderDays ? reminderMoment(campaign.deadline, campaign.outreachReminderDays) : null;
    for (const candidate of candidates) {
      const token = newToken();
      const [target] = await tx
        .update(t)
        .set({ state: assertTargetTransition('added', 'invite'), invitedAt: new Date(), invitationTokenHash: hashToken(token) })
        .where(and(eq(t.id, candidate.id), eq(t.state, 'added')))
        .returning();
      if (!target) continue;
      events.push(
        event({
          type: 'outreach.invited',
          campaignId: campaign.id,
          actor: { type: 'coordinator', id: actorId },
          subject: { type: 'outreach_target', id: target.id },
          data: { name: target.name, email: target.email },
          emails: [outreachEmail('outreach-invitation', target, s, token)],
        }),
      );
      if (scheduled) events.push(...(await queueReminder(tx, target, s, scheduled)));
    }
    if (input.targetId && events.length === 0) {
      throw new DomainError('conflict', 'This organization has already been invited, has signed or has opted out.');
    }
    return outcome({ invited: events.filter((e) => e.type === 'outreach.invited').length }, events);
  });
}

/** Claims a target's one reminder (a conditional update) and queues it for `sendAt`. */
async function queueReminder(tx: Tx, candidate: Target, s: Sending, sendAt: Date): Promise<DomainEvent[]> {
  const token = newToken();
  const [target] = await tx
    .update(t)
    .set({ reminderDueAt: sendAt, reminderTokenHash: hashToken(token) })
    .where(and(eq(t.id, candidate.id), eq(t.state, 'invited'), isNull(t.reminderDueAt)))
    .returning();
  if (!target) return [];
  const reminded = event({
    type: 'outreach.reminded',
    campaignId: s.campaign.id,
    actor: { type: 'coordinator', id: s.actorId },
    subject: { type: 'outreach_target', id: target.id },
    data: { name: target.name, email: target.email, sendAt: sendAt.toISOString() },
    emails: [outreachEmail('outreach-reminder', target, s, token, sendAt)],
  });
  return [reminded];
}

/** Sends the one reminder now, to one target or to every invited target that has had none. */
export async function remindTargets(input: TargetsChoice, actor: Actor): Promise<{ reminded: number }> {
  const actorId = requireActor(actor);
  return runCommand(async (tx) => {
    const s = await startSending(tx, input.campaignId, actorId);
    const candidates = await tx.select().from(t).where(and(chosen(input), eq(t.state, 'invited'), isNull(t.reminderDueAt)));
    const events: DomainEvent[] = [];
    for (const candidate of candidates) events.push(...(await queueReminder(tx, candidate, s, new Date())));
    if (input.targetId && events.length === 0) {
      throw new DomainError('conflict', 'This organization has had its one reminder already, or has signed or opted out.');
    }
    return outcome({ reminded: events.length }, events);
  });
}

/**
 * Queues every invited target's reminder for the chosen number of days before the deadline,
 * and keeps the choice for targets invited later. Targets that already have their reminder keep it.
 */
export async function scheduleReminders(
  input: { campaignId: string; daysBefore: number },
  actor: Actor,
): Promise<{ queued: number; sendAt: Date }> {
  const actorId = requireActor(actor);
  return runCommand(async (tx) => {
    const campaign = await holdOpenCampaign(tx, input.campaignId, actorId);
    if (!campaign.deadline) {
      throw new DomainError('invalid_input', 'This letter has no deadline.', { daysBefore: ['Set a deadline in Settings first, or send reminders by hand.'] });
    }
    const sendAt = reminderMoment(campaign.deadline, input.daysBefore);
    if (!sendAt) throw new DomainError('invalid_input', 'That day has passed.', { daysBefore: ['Choose fewer days: that day is already past.'] });
    await tx.update(campaigns).set({ outreachReminderDays: input.daysBefore }).where(eq(campaigns.id, campaign.id));
    const s: Sending = { campaign, sender: await senderName(tx, actorId), actorId };
    const candidates = await tx.select().from(t).where(and(eq(t.campaignId, campaign.id), eq(t.state, 'invited'), isNull(t.reminderDueAt)));
    const events: DomainEvent[] = [];
    for (const candidate of candidates) events.push(...(await queueReminder(tx, candidate, s, sendAt)));
    const scheduled = event({
      type: 'outreach.reminders-scheduled',
      campaignId: campaign.id,
      actor: { type: 'coordinator', id: actorId },
      data: { daysBefore: input.daysBefore, queued: events.length },
    });
    return outcome({ queued: events.length, sendAt }, [scheduled, ...events]);
  });
}

/** Ties a sign-on a coordinator recognized (same name or same email domain) to a target. */
export async function confirmMatch(input: { campaignId: string; targetId: string; signOnId: string }, actor: Actor): Promise<void> {
  const actorId = requireActor(actor);
  await runCommand(async (tx) => {
    await requireRole(tx, input.campaignId, actorId, 'editor');
    const [target] = await tx.select().from(t).where(and(eq(t.id, input.targetId), eq(t.campaignId, input.campaignId)));
    if (!target) throw new DomainError('not_found', 'Organization not found.');
    const [signOn] = await tx
      .select({ id: signOns.id, normalizedName: signOns.normalizedName, canonicalEmail: signOns.canonicalEmail, status: signOns.status })
      .from(signOns)
      .where(and(eq(signOns.id, input.signOnId), eq(signOns.campaignId, input.campaignId)));
    if (!signOn || signOn.status === 'withdrawn') throw new DomainError('not_found', 'Sign-on not found.');
    const domain = signOn.canonicalEmail ? emailDomain(signOn.canonicalEmail) : null;
    const matchedBy =
      signOn.normalizedName === target.normalizedName ? 'name' : domain && domain === emailDomain(target.canonicalEmail) && !isGenericDomain(domain) ? 'domain' : null;
    if (!matchedBy) throw new DomainError('invalid_input', 'This sign-on has neither the organization’s name nor its email domain.');
    const [taken] = await tx.select({ id: t.id }).from(t).where(eq(t.signOnId, signOn.id)).limit(1);
    if (taken) throw new DomainError('conflict', 'This sign-on is already tied to another organization.');
    const to = assertTargetTransition(target.state, 'sign');
    await requireWritten(
      tx
        .update(t)
        .set({ state: to, signOnId: signOn.id, matchedBy })
        .where(and(eq(t.id, target.id), eq(t.state, target.state), isNull(t.signOnId)))
        .returning({ id: t.id }),
      'This organization changed meanwhile. Reload the page.',
    );
    const confirmed = event({
      type: 'outreach.match-confirmed',
      campaignId: input.campaignId,
      actor: { type: 'coordinator', id: actorId },
      subject: { type: 'outreach_target', id: target.id },
      data: { name: target.name, signOnId: signOn.id, matchedBy },
    });
    return outcome(undefined, [confirmed]);
  });
}

const byToken = (token: string) => {
  const hash = hashToken(token);
  return or(eq(t.invitationTokenHash, hash), eq(t.reminderTokenHash, hash));
};

/** The target's answer from its opt-out link: honoured for the campaign for good. */
export async function optOut(rawToken: unknown): Promise<{ name: string; already: boolean }> {
  const token = parseOrThrow(invitationToken, rawToken);
  return runCommand<{ name: string; already: boolean }>(async (tx) => {
    const [target] = await tx.select().from(t).where(byToken(token)).for('update');
    if (!target) throw new DomainError('not_found', 'This link is not valid.');
    if (target.state === 'opted_out') return outcome({ name: target.name, already: true });
    const to = assertTargetTransition(target.state, 'opt_out');
    await requireWritten(
      tx
        .update(t)
        .set({ state: to, optedOutAt: new Date() })
        .where(and(eq(t.id, target.id), eq(t.state, target.state)))
        .returning({ id: t.id }),
      'Please try again.',
    );
    const opted = event({
      type: 'outreach.opted-out',
      campaignId: target.campaignId,
      actor: { type: 'signer' },
      subject: { type: 'outreach_target', id: target.id },
      data: { name: target.name },
    });
    return outcome({ name: target.name, already: false }, [opted]);
  });
}

/**
 * Called by the sign-on command in its transaction: a sign-on made through a personal link
 * records its target. A link of another campaign, or of a target that opted out or signed,
 * ties nothing and the sign-on goes on as any other.
 */
export async function linkSignOnToTarget(tx: Tx, campaignId: string, token: string, signOnId: string): Promise<DomainEvent[]> {
  const states: TargetState[] = ['added', 'invited'];
  const [target] = await tx
    .update(t)
    .set({ state: 'signed', signOnId, matchedBy: 'link' })
    .where(and(eq(t.campaignId, campaignId), byToken(token), inArray(t.state, states)))
    .returning({ id: t.id, name: t.name });
  if (!target) return [];
  const linked = event({
    type: 'outreach.match-confirmed',
    campaignId,
    actor: { type: 'signer' },
    subject: { type: 'outreach_target', id: target.id },
    data: { name: target.name, signOnId, matchedBy: 'link' },
  });
  return [linked];
}
