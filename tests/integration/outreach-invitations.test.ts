import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, campaigns, outboxMessages, outreachTargets, signOns } from '@/db/schema';
import { updateCampaignSettings } from '@/lib/campaigns/commands';
import { formatDay } from '@/lib/dates';
import { listFailedMessages } from '@/lib/email/queries';
import type { Delivery, Transport } from '@/lib/email/transports';
import { runWorkerOnce } from '@/lib/email/worker';
import { addTargets, confirmMatch, inviteTargets, optOut, remindTargets, scheduleReminders } from '@/lib/outreach/commands';
import { getInvitation, getOutreach, getOutreachFunnel, previewTargets } from '@/lib/outreach/queries';
import { hashToken } from '@/lib/security/tokens';
import { submitSignOnForm } from '@/lib/sign-ons/commands';
import { erasePrivateData } from '@/lib/sign-ons/retention';
import { createCampaign, createCoordinator, uniq } from '../support/factories';
import { addMember, createSignOn } from '../support/sign-ons';

const DAY = 24 * 60 * 60 * 1000;

async function campaignWithTeam(fields: Partial<typeof campaigns.$inferInsert> = {}) {
  const owner = await createCoordinator();
  const editor = await createCoordinator();
  const outsider = await createCoordinator();
  const campaign = await createCampaign({ ownerId: owner.id, ...fields });
  await addMember(campaign.id, editor.id, 'editor');
  return { campaign, owner, editor, outsider };
}

const list = (tag: string) =>
  [`River Keepers ${tag}, keepers-${tag}@rivers.example, RK, Kenya`, `Delta Alliance ${tag}, delta-${tag}@delta.example, , Nigeria`, `Lake Trust ${tag}, lake-${tag}@lake.example`].join('\n');

async function targetsOf(campaignId: string) {
  const db = await getDb();
  return db.select().from(outreachTargets).where(eq(outreachTargets.campaignId, campaignId)).orderBy(outreachTargets.name);
}

async function outboxOf(campaignId: string, template?: string) {
  const db = await getDb();
  return db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.campaignId, campaignId), template ? eq(outboxMessages.template, template) : undefined));
}

/** Runs the worker with a transport that records what it hands over. */
async function deliver(now = new Date()) {
  const sent: Delivery[] = [];
  const transport: Transport = { name: 'recording', maxBatch: 1, send: async (m) => (sent.push(m), { ok: true, providerId: null }) };
  await runWorkerOnce({ transport, now: () => now });
  return sent;
}

/** A campaign with three invited targets (their invitations sent) and reminders scheduled `daysBefore` its deadline. */
async function remindersScheduled(deadline: Date, daysBefore: number) {
  const team = await campaignWithTeam({ deadline });
  await addTargets({ campaignId: team.campaign.id, text: list(uniq('r')) }, team.editor);
  await inviteTargets({ campaignId: team.campaign.id }, team.editor);
  await deliver();
  const { sendAt } = await scheduleReminders({ campaignId: team.campaign.id, daysBefore }, team.editor);
  return { ...team, sendAt };
}

/** The campaign's settings as they are, with another deadline. */
const moveDeadline = (campaign: typeof campaigns.$inferSelect, deadline: Date, actor: { id: string }) =>
  updateCampaignSettings({ ...campaign, campaignId: campaign.id, deadline, deadlineTimeZone: 'UTC' }, actor);

/** How an email writes the deadline's day. */
const closesOn = (deadline: Date) => formatDay(deadline, { timeZone: 'UTC' });

/** The raw token of a message's personal link, read back from its stored props as the recipient would read it. */
const tokenOf = (props: Record<string, unknown>) => String(props.inviteUrl).split('/').at(-1)!;

describe('outreach: adding targets', () => {
  it('previews rows with errors and duplicates, adds only the good ones, and flags existing targets next time', async () => {
    const { campaign, editor } = await campaignWithTeam();
    const tag = uniq('t');
    const text = `name;email;country\nRiver Keepers ${tag};a-${tag}@rivers.example;Kenya\nthe river keepers ${tag};b-${tag}@other.example;\n;c-${tag}@x.example;\nBad Mail ${tag};not-an-email;\nNowhere ${tag};d-${tag}@n.example;Atlantis`;
    const preview = await previewTargets({ campaignId: campaign.id, text }, editor.id);
    expect(preview.map((r) => [r.errors.length > 0, r.duplicate])).toEqual([
      [false, null],
      [false, 'in-list'],
      [true, null],
      [true, null],
      [true, null],
    ]);
    expect(preview[0]!.country).toBe('KE');
    expect(await addTargets({ campaignId: campaign.id, text }, editor)).toEqual({ added: 1, skipped: 4 });
    const again = await previewTargets({ campaignId: campaign.id, text: list(uniq('u')) }, editor.id);
    expect(again.every((r) => r.duplicate === null)).toBe(true);
    const same = await previewTargets({ campaignId: campaign.id, text: `River Keepers ${tag}, new-${tag}@rivers.example` }, editor.id);
    expect(same[0]!.duplicate).toBe('existing');
    await expect(addTargets({ campaignId: campaign.id, text: `River Keepers ${tag}, new-${tag}@rivers.example` }, editor)).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { text: [expect.any(String)] },
    });
  });

  it('refuses coordinators of other campaigns and anonymous callers, changing nothing', async () => {
    const { campaign, editor, outsider } = await campaignWithTeam();
    const tag = uniq('t');
    await addTargets({ campaignId: campaign.id, text: list(tag) }, editor);
    const [target] = await targetsOf(campaign.id);
    await expect(previewTargets({ campaignId: campaign.id, text: list(tag) }, outsider.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(addTargets({ campaignId: campaign.id, text: list('x') }, outsider)).rejects.toMatchObject({ code: 'not_found' });
    await expect(inviteTargets({ campaignId: campaign.id }, outsider)).rejects.toMatchObject({ code: 'not_found' });
    await expect(inviteTargets({ campaignId: campaign.id }, null)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(remindTargets({ campaignId: campaign.id }, outsider)).rejects.toMatchObject({ code: 'not_found' });
    await expect(scheduleReminders({ campaignId: campaign.id, daysBefore: 2 }, outsider)).rejects.toMatchObject({ code: 'not_found' });
    const signOn = await createSignOn({ campaignId: campaign.id, displayName: target!.name });
    await expect(confirmMatch({ campaignId: campaign.id, targetId: target!.id, signOnId: signOn.id }, outsider)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getOutreach(campaign.id, outsider.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await targetsOf(campaign.id)).every((t) => t.state === 'added')).toBe(true);
    expect(await outboxOf(campaign.id)).toEqual([]);
  });
});

describe('outreach: invitations', () => {
  it('invites each target once with a personal link whose token is stored only as a hash', async () => {
    const { campaign, editor } = await campaignWithTeam();
    await addTargets({ campaignId: campaign.id, text: list(uniq('t')) }, editor);
    expect(await inviteTargets({ campaignId: campaign.id }, editor)).toEqual({ invited: 3 });
    const emails = await outboxOf(campaign.id, 'outreach-invitation');
    expect(emails).toHaveLength(3);
    const targets = await targetsOf(campaign.id);
    for (const email of emails) {
      const token = tokenOf(email.props);
      expect(String(email.props.optOutUrl)).toContain(`/outreach/opt-out/${token}`);
      const target = targets.find((t) => t.id === email.props.targetId)!;
      expect(target.invitationTokenHash).toBe(hashToken(token));
      expect(JSON.stringify(target)).not.toContain(token);
    }
    // A second invitation to the same target is a conflict; "invite all" finds nobody left.
    await expect(inviteTargets({ campaignId: campaign.id, targetId: targets[0]!.id }, editor)).rejects.toMatchObject({ code: 'conflict' });
    expect(await inviteTargets({ campaignId: campaign.id }, editor)).toEqual({ invited: 0 });
    const db = await getDb();
    const audit = await db.select().from(auditEvents).where(and(eq(auditEvents.campaignId, campaign.id), eq(auditEvents.action, 'outreach.invited')));
    expect(audit).toHaveLength(3);
  });

  it('sends nothing while the campaign is not open, and drops queued emails once it closes', async () => {
    const { campaign, editor } = await campaignWithTeam({ status: 'draft', openedAt: null });
    await addTargets({ campaignId: campaign.id, text: list(uniq('t')) }, editor);
    await expect(inviteTargets({ campaignId: campaign.id }, editor)).rejects.toMatchObject({ code: 'invalid_transition' });
    const db = await getDb();
    await db.update(campaigns).set({ status: 'open', openedAt: new Date() }).where(eq(campaigns.id, campaign.id));
    await inviteTargets({ campaignId: campaign.id }, editor);
    // Closed before the worker ran: every queued invitation is cancelled with the reason.
    await db.update(campaigns).set({ status: 'closed', closedAt: new Date() }).where(eq(campaigns.id, campaign.id));
    const sent = await deliver();
    expect(sent.filter((m) => m.template === 'outreach-invitation' && m.subject.includes(campaign.title))).toEqual([]);
    const rows = await outboxOf(campaign.id, 'outreach-invitation');
    expect(rows.map((r) => [r.status, r.lastError])).toEqual(rows.map(() => ['failed', 'cancelled: the campaign no longer accepts sign-ons']));
    // Never to be sent, they keep no link (no raw token) and ask no coordinator to retry them.
    expect(rows.every((r) => r.props.inviteUrl === undefined && r.props.optOutUrl === undefined)).toBe(true);
    expect(await listFailedMessages(campaign.id)).toEqual([]);
    await expect(remindTargets({ campaignId: campaign.id }, editor)).rejects.toMatchObject({ code: 'invalid_transition' });
  });

  it('ties a sign-on made through the personal link to its target, and shows it approved once approved', async () => {
    const { campaign, editor } = await campaignWithTeam();
    const tag = uniq('t');
    await addTargets({ campaignId: campaign.id, text: list(tag) }, editor);
    await inviteTargets({ campaignId: campaign.id }, editor);
    const [email] = (await outboxOf(campaign.id, 'outreach-invitation')).filter((m) => String(m.props.organizationName).startsWith('River'));
    const token = tokenOf(email!.props);
    const invitation = await getInvitation(campaign.slug, token);
    expect(invitation).toMatchObject({ name: `River Keepers ${tag}`, acronym: 'RK', country: 'KE', email: `keepers-${tag}@rivers.example` });
    expect(await getInvitation(campaign.slug, 'A'.repeat(43))).toBeNull();
    expect(await getInvitation('another-letter', token)).toBeNull();

    await submitSignOnForm(
      {
        kind: 'organization',
        displayName: `River Keepers ${tag}`,
        acronym: 'RK',
        country: 'KE',
        contactName: 'Achieng',
        contactRole: 'Director',
        email: `keepers-${tag}@rivers.example`,
        authorized: 'on',
        invitation: token,
      },
      campaign.slug,
      { ip: '203.0.113.9' },
    );
    const db = await getDb();
    const [signOn] = await db.select().from(signOns).where(and(eq(signOns.campaignId, campaign.id), eq(signOns.displayName, `River Keepers ${tag}`)));
    expect(JSON.stringify(signOn!.originalSubmission)).not.toContain(token);
    const target = (await targetsOf(campaign.id)).find((t) => t.name.startsWith('River'))!;
    expect(target).toMatchObject({ state: 'signed', signOnId: signOn!.id, matchedBy: 'link' });
    expect(await getOutreachFunnel(campaign.id)).toEqual({ targets: 3, invited: 3, signed: 1, approved: 0, optedOut: 0 });
    await db.update(signOns).set({ status: 'approved' }).where(eq(signOns.id, signOn!.id));
    expect(await getOutreachFunnel(campaign.id)).toEqual({ targets: 3, invited: 3, signed: 1, approved: 1, optedOut: 0 });
    const view = await getOutreach(campaign.id, editor.id);
    expect(view.targets.find((t) => t.id === target.id)!.stage).toBe('approved');
  });
});

describe('outreach: reminders and opting out', () => {
  it('sends at most one reminder per target, none to a target that opted out, and honours the opt-out for good', async () => {
    const { campaign, editor } = await campaignWithTeam();
    await addTargets({ campaignId: campaign.id, text: list(uniq('t')) }, editor);
    await inviteTargets({ campaignId: campaign.id }, editor);
    const [first, second, third] = await targetsOf(campaign.id);
    const invitationTo = async (id: string) => tokenOf((await outboxOf(campaign.id, 'outreach-invitation')).find((m) => m.props.targetId === id)!.props);

    expect(await optOut(await invitationTo(second!.id))).toEqual({ name: second!.name, already: false });
    expect(await optOut(await invitationTo(second!.id))).toEqual({ name: second!.name, already: true });
    await expect(optOut('not a token')).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(optOut('B'.repeat(43))).rejects.toMatchObject({ code: 'not_found' });

    expect(await remindTargets({ campaignId: campaign.id, targetId: first!.id }, editor)).toEqual({ reminded: 1 });
    await expect(remindTargets({ campaignId: campaign.id, targetId: first!.id }, editor)).rejects.toMatchObject({ code: 'conflict' });
    await expect(remindTargets({ campaignId: campaign.id, targetId: second!.id }, editor)).rejects.toMatchObject({ code: 'conflict' });
    // "Remind all" reaches only the third: the first has had its reminder, the second opted out.
    expect(await remindTargets({ campaignId: campaign.id }, editor)).toEqual({ reminded: 1 });
    const reminders = await outboxOf(campaign.id, 'outreach-reminder');
    expect(reminders.map((r) => r.props.targetId).sort()).toEqual([first!.id, third!.id].sort());
    // The reminder's own link works too (a fresh token, stored as a hash).
    const reminded = (await targetsOf(campaign.id)).find((t) => t.id === first!.id)!;
    expect(reminded.reminderTokenHash).toBe(hashToken(tokenOf(reminders.find((r) => r.props.targetId === first!.id)!.props)));
    // An opted-out target cannot be invited, reminded or matched again.
    const signOn = await createSignOn({ campaignId: campaign.id, displayName: second!.name });
    await expect(confirmMatch({ campaignId: campaign.id, targetId: second!.id, signOnId: signOn.id }, editor)).rejects.toMatchObject({ code: 'invalid_transition' });
    expect(await getOutreachFunnel(campaign.id)).toMatchObject({ targets: 3, invited: 3, optedOut: 1 });
  });

  it('queues scheduled reminders for deadline minus N days and drops them for targets that signed meanwhile', async () => {
    const deadline = new Date(Date.now() + 10 * DAY);
    const { campaign, editor } = await campaignWithTeam({ deadline });
    await addTargets({ campaignId: campaign.id, text: list(uniq('t')) }, editor);
    await inviteTargets({ campaignId: campaign.id }, editor);
    await expect(scheduleReminders({ campaignId: campaign.id, daysBefore: 20 }, editor)).rejects.toMatchObject({ fieldErrors: { daysBefore: [expect.any(String)] } });
    const { queued, sendAt } = await scheduleReminders({ campaignId: campaign.id, daysBefore: 3 }, editor);
    expect(queued).toBe(3);
    expect(sendAt.getTime()).toBe(deadline.getTime() - 3 * DAY);
    const reminders = await outboxOf(campaign.id, 'outreach-reminder');
    expect(reminders.every((r) => r.nextAttemptAt.getTime() === sendAt.getTime() && r.status === 'pending')).toBe(true);
    // The reminder slot is taken: no reminder by hand on top of the scheduled one.
    const [first, second] = await targetsOf(campaign.id);
    await expect(remindTargets({ campaignId: campaign.id, targetId: first!.id }, editor)).rejects.toMatchObject({ code: 'conflict' });

    // Meanwhile one target signs and the coordinator confirms the match by name.
    const signOn = await createSignOn({ campaignId: campaign.id, displayName: first!.name });
    const view = await getOutreach(campaign.id, editor.id);
    expect(view.targets.find((t) => t.id === first!.id)!.candidates).toEqual([expect.objectContaining({ signOnId: signOn.id, by: 'name' })]);
    await confirmMatch({ campaignId: campaign.id, targetId: first!.id, signOnId: signOn.id }, editor);
    await expect(confirmMatch({ campaignId: campaign.id, targetId: first!.id, signOnId: signOn.id }, editor)).rejects.toMatchObject({ code: 'conflict' });
    const stranger = await createSignOn({ campaignId: campaign.id, displayName: 'Unrelated Group' });
    await expect(confirmMatch({ campaignId: campaign.id, targetId: second!.id, signOnId: stranger.id }, editor)).rejects.toMatchObject({ code: 'invalid_input' });

    // Not due yet: nothing goes. When due, the signed target's reminder is cancelled.
    await deliver();
    expect((await outboxOf(campaign.id, 'outreach-reminder')).every((r) => r.status === 'pending')).toBe(true);
    await deliver(new Date(sendAt.getTime() + 1000));
    const after = await outboxOf(campaign.id, 'outreach-reminder');
    const db = await getDb();
    const ids = after.map((r) => r.id);
    const rows = await db.select().from(outboxMessages).where(inArray(outboxMessages.id, ids));
    expect(rows.find((r) => r.props.targetId === first!.id)).toMatchObject({ status: 'failed', lastError: 'cancelled: the organization has signed' });
    expect(rows.filter((r) => r.props.targetId !== first!.id).map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('moves reminders still waiting with the deadline: they go the same days before the new one and name it', async () => {
    const deadline = new Date(Date.now() + 10 * DAY);
    const { campaign, editor, sendAt } = await remindersScheduled(deadline, 3);

    // Two more weeks: the reminders follow, and nothing goes at the old moment.
    const later = new Date(deadline.getTime() + 14 * DAY);
    await moveDeadline(campaign, later, editor);
    const due = later.getTime() - 3 * DAY;
    expect((await outboxOf(campaign.id, 'outreach-reminder')).map((r) => r.nextAttemptAt.getTime())).toEqual([due, due, due]);
    expect((await targetsOf(campaign.id)).map((t) => t.reminderDueAt?.getTime())).toEqual([due, due, due]);
    expect(await deliver(new Date(sendAt.getTime() + 1000))).toHaveLength(0);
    const sent = await deliver(new Date(due + 1000));
    expect(sent.map((m) => m.text.includes(closesOn(later)) && !m.text.includes(closesOn(deadline)))).toEqual([true, true, true]);
  });

  it('sends waiting reminders at once when the deadline moves so close that their day has passed', async () => {
    const { campaign, editor } = await remindersScheduled(new Date(Date.now() + 10 * DAY), 5);
    const sooner = new Date(Date.now() + 2 * DAY);
    await moveDeadline(campaign, sooner, editor);
    const sent = await deliver(new Date(Date.now() + 1000));
    expect(sent.map((m) => m.text.includes(closesOn(sooner)))).toEqual([true, true, true]);
  });
});

describe('outreach: after delivery', () => {
  it('erases the invited organizations’ contact addresses and links with the signers’ private data', async () => {
    const { campaign, owner, editor } = await campaignWithTeam();
    await addTargets({ campaignId: campaign.id, text: list(uniq('t')) }, editor);
    const db = await getDb();
    await db.update(campaigns).set({ status: 'delivered', deliveredAt: new Date() }).where(eq(campaigns.id, campaign.id));
    await expect(inviteTargets({ campaignId: campaign.id }, editor)).rejects.toMatchObject({ code: 'invalid_transition' });
    await erasePrivateData({ campaignId: campaign.id }, owner.id);
    const targets = await targetsOf(campaign.id);
    expect(targets.map((t) => [t.email, t.canonicalEmail.startsWith('erased:'), t.invitationTokenHash])).toEqual(targets.map(() => ['', true, null]));
    expect(await getOutreachFunnel(campaign.id)).toMatchObject({ targets: 3 });
  });
});
