import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, campaignMembers, campaigns, coordinators, letterVersions, outboxMessages, signOns } from '@/db/schema';
import {
  closeCampaign,
  createCampaign,
  openCampaign,
  reopenCampaign,
  updateCampaignSettings,
  type Actor,
} from '@/lib/campaigns/commands';
import { changeCoordinatorRole, inviteCoordinator, removeCoordinator } from '@/lib/coordinators/commands';
import { saveLetter } from '@/lib/letters/commands';
import { saveLetterSchema } from '@/lib/letters/schemas';
import { settingsSchema } from '@/lib/campaigns/schemas';
import { createCoordinator, uniq } from '../support/factories';

const letter = (campaignId: string, baseVersion: number, body: string, extra: Record<string, string> = {}) =>
  saveLetterSchema.parse({ campaignId, baseVersion, title: 'Clean water for all', body, closing: 'Sincerely,', ...extra });

async function draftWithTeam() {
  const owner = await createCoordinator();
  const editor = await createCoordinator();
  const outsider = await createCoordinator();
  const { id } = await createCampaign({ title: 'Clean water for all', slug: uniq('water'), language: 'en' }, owner);
  const db = await getDb();
  await db.insert(campaignMembers).values({ campaignId: id, coordinatorId: editor.id, role: 'editor' });
  return { id, owner, editor, outsider };
}

/** Everything a command could change about a campaign, to prove a refused call changed nothing. */
async function snapshot(campaignId: string) {
  const db = await getDb();
  return {
    campaign: await db.select().from(campaigns).where(eq(campaigns.id, campaignId)),
    versions: await db.select().from(letterVersions).where(eq(letterVersions.campaignId, campaignId)),
    members: await db.select().from(campaignMembers).where(eq(campaignMembers.campaignId, campaignId)),
    audit: await db.select().from(auditEvents).where(eq(auditEvents.campaignId, campaignId)),
    outbox: await db.select().from(outboxMessages).where(eq(outboxMessages.campaignId, campaignId)),
  };
}

describe('coordinator commands: authorization', () => {
  it('refuses anonymous callers and coordinators of other campaigns, changing nothing', async () => {
    const { id, editor, outsider } = await draftWithTeam();
    const commands: [string, (actor: Actor) => Promise<unknown>][] = [
      ['open', (a) => openCampaign({ campaignId: id }, a)],
      ['close', (a) => closeCampaign({ campaignId: id }, a)],
      ['reopen', (a) => reopenCampaign({ campaignId: id }, a)],
      ['save letter', (a) => saveLetter(letter(id, 1, 'Changed by someone else.'), a)],
      [
        'settings',
        (a) =>
          updateCampaignSettings(
            settingsSchema.parse({ campaignId: id, approvalPolicy: 'auto_all', listFormat: 'grouped_by_country', liveList: 'on' }),
            a,
          ),
      ],
      ['invite', (a) => inviteCoordinator({ campaignId: id, email: `${uniq('x')}@example.test`, role: 'owner' }, a)],
      ['change role', (a) => changeCoordinatorRole({ campaignId: id, coordinatorId: editor.id, role: 'owner' }, a)],
      ['remove', (a) => removeCoordinator({ campaignId: id, coordinatorId: editor.id }, a)],
    ];
    const before = await snapshot(id);
    for (const [name, run] of commands) {
      await expect(run(null), `${name} as anonymous`).rejects.toMatchObject({ code: 'forbidden' });
      await expect(run(outsider), `${name} as an outsider`).rejects.toMatchObject({ code: 'not_found' });
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it('lets an editor edit and open, but not manage coordinators', async () => {
    const { id, owner, editor } = await draftWithTeam();
    const before = await snapshot(id);
    await expect(inviteCoordinator({ campaignId: id, email: `${uniq('x')}@example.test`, role: 'editor' }, editor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(changeCoordinatorRole({ campaignId: id, coordinatorId: editor.id, role: 'owner' }, editor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(removeCoordinator({ campaignId: id, coordinatorId: owner.id }, editor)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await snapshot(id)).toEqual(before);

    await saveLetter(letter(id, 1, 'Written by the editor.'), editor);
    await openCampaign({ campaignId: id }, editor);
    const [row] = await (await getDb()).select().from(campaigns).where(eq(campaigns.id, id));
    expect(row?.status).toBe('open');
  });
});

describe('campaign lifecycle', () => {
  it('opens a draft once when two coordinators press "open" at the same time', async () => {
    const { id, owner, editor } = await draftWithTeam();
    const results = await Promise.allSettled([openCampaign({ campaignId: id }, owner), openCampaign({ campaignId: id }, editor)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toMatchObject({ code: 'conflict', message: expect.stringContaining('already open') });
    const db = await getDb();
    const opened = await db.select().from(auditEvents).where(and(eq(auditEvents.campaignId, id), eq(auditEvents.action, 'campaign.opened')));
    expect(opened).toHaveLength(1);
    expect(opened[0]!.data).toEqual({ from: 'draft', to: 'open' });
  });

  it('closes and reopens, and refuses transitions the lifecycle does not allow', async () => {
    const { id, owner } = await draftWithTeam();
    await expect(closeCampaign({ campaignId: id }, owner)).rejects.toMatchObject({ code: 'invalid_transition' });
    await openCampaign({ campaignId: id }, owner);
    await closeCampaign({ campaignId: id }, owner);
    await expect(closeCampaign({ campaignId: id }, owner)).rejects.toMatchObject({ code: 'conflict' });
    await reopenCampaign({ campaignId: id }, owner);
    const db = await getDb();
    const actions = (await db.select().from(auditEvents).where(eq(auditEvents.campaignId, id))).map((e) => e.action);
    expect(actions).toEqual(['campaign.created', 'campaign.opened', 'campaign.closed', 'campaign.reopened']);
  });

  it('stores the deadline in UTC with the zone it was given in', async () => {
    const { id, owner } = await draftWithTeam();
    const input = settingsSchema.parse({
      campaignId: id,
      deadline: '2027-03-01T17:00',
      deadlineTimeZone: 'Europe/Amsterdam',
      approvalPolicy: 'review_all',
      listFormat: 'name_acronym_country',
    });
    expect((await updateCampaignSettings(input, owner)).changed).toEqual(['deadline', 'deadlineTimeZone']);
    const [row] = await (await getDb()).select().from(campaigns).where(eq(campaigns.id, id));
    expect(row?.deadline?.toISOString()).toBe('2027-03-01T16:00:00.000Z');
    expect(row?.deadlineTimeZone).toBe('Europe/Amsterdam');
  });
});

describe('letter versions', () => {
  it('replaces the draft in place, then numbers every save after opening and tells earlier signers of substantive changes', async () => {
    const { id, owner } = await draftWithTeam();
    const db = await getDb();
    expect(await saveLetter(letter(id, 1, 'First words.'), owner)).toMatchObject({ outcome: 'draft_saved' });
    expect(await saveLetter(letter(id, 1, 'We ask for clean water.'), owner)).toMatchObject({ outcome: 'draft_saved' });
    let versions = await db.select().from(letterVersions).where(eq(letterVersions.campaignId, id));
    expect(versions.map((v) => [v.number, v.body])).toEqual([[1, 'We ask for clean water.']]);

    await openCampaign({ campaignId: id }, owner);
    const base = { campaignId: id, kind: 'individual' as const, versionSigned: 1 };
    const signers = await db
      .insert(signOns)
      .values([
        { ...base, displayName: 'Ada', normalizedName: 'ada', email: 'ada@example.test', canonicalEmail: 'ada@example.test', status: 'approved' },
        { ...base, displayName: 'Bo', normalizedName: 'bo', email: 'bo@example.test', canonicalEmail: 'bo@example.test', status: 'pending_verification' },
        { ...base, displayName: 'Cy', normalizedName: 'cy', email: 'cy@example.test', canonicalEmail: 'cy@example.test', status: 'withdrawn' },
        { ...base, displayName: 'Di', normalizedName: 'di', email: 'di@example.test', canonicalEmail: 'di@example.test', status: 'rejected' },
      ])
      .returning();

    expect(await saveLetter(letter(id, 1, 'We ask for clean water.'), owner)).toMatchObject({ outcome: 'unchanged', version: 1 });
    await expect(saveLetter(letter(id, 1, 'We ask for clean water!'), owner)).rejects.toMatchObject({
      fieldErrors: { changeKind: [expect.any(String)] },
    });
    const minor = await saveLetter(letter(id, 1, 'We ask for clean water!', { changeKind: 'minor', changeNote: 'Punctuation' }), owner);
    expect(minor).toEqual({ outcome: 'version_created', version: 2, notified: 0 });
    // A save based on an old version is a conflict, not a silent overwrite.
    await expect(saveLetter(letter(id, 1, 'Stale edit.', { changeKind: 'minor', changeNote: 'x' }), owner)).rejects.toMatchObject({ code: 'conflict' });

    const substantive = await saveLetter(
      letter(id, 2, 'We demand clean water by 2030!', { changeKind: 'substantive', changeNote: 'Adds a date' }),
      owner,
    );
    expect(substantive).toEqual({ outcome: 'version_created', version: 3, notified: 2 });
    versions = await db.select().from(letterVersions).where(eq(letterVersions.campaignId, id));
    expect(versions.map((v) => [v.number, v.changeKind]).sort()).toEqual([[1, 'initial'], [2, 'minor'], [3, 'substantive']]);
    const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, id));
    expect(campaign?.currentVersion).toBe(3);

    const mails = await db.select().from(outboxMessages).where(and(eq(outboxMessages.campaignId, id), eq(outboxMessages.template, 'letter-changed')));
    expect(mails.map((m) => m.to).sort()).toEqual(['ada@example.test', 'bo@example.test']);
    const ada = mails.find((m) => m.to === 'ada@example.test')!;
    expect(ada.idempotencyKey).toBe(`letter-changed:${signers[0]!.id}:3`);
    expect(ada.props).toMatchObject({ fromVersion: 1, toVersion: 3, changes: [{ version: 2, note: 'Punctuation' }, { version: 3, note: 'Adds a date' }] });
    expect(String(ada.props.withdrawUrl)).toMatch(/\/signed\/[\w-]{43}\/withdraw$/);
    const [passage] = ada.props.passages as { segments: { value: string; added?: boolean; removed?: boolean }[] }[];
    expect(passage!.segments.filter((d) => d.added).map((d) => d.value).join(' ')).toContain('demand');
    expect(passage!.segments.filter((d) => d.removed).map((d) => d.value).join(' ')).toContain('ask for');
  });

  it('keeps slugs unique and frozen once the letter is public', async () => {
    const { id, owner } = await draftWithTeam();
    const other = await createCampaign({ title: 'Another letter', slug: uniq('taken'), language: 'fr' }, owner);
    const [taken] = await (await getDb()).select().from(campaigns).where(eq(campaigns.id, other.id));
    await expect(createCampaign({ title: 'Same address', slug: taken!.slug, language: 'en' }, owner)).rejects.toMatchObject({
      fieldErrors: { slug: [expect.stringContaining('already used')] },
    });
    await expect(saveLetter(letter(id, 1, 'Body', { slug: taken!.slug }), owner)).rejects.toMatchObject({
      fieldErrors: { slug: [expect.stringContaining('already used')] },
    });
    const fresh = uniq('renamed');
    await saveLetter(letter(id, 1, 'Body', { slug: fresh }), owner);
    await openCampaign({ campaignId: id }, owner);
    await expect(saveLetter(letter(id, 1, 'Body', { slug: uniq('again') }), owner)).rejects.toMatchObject({
      fieldErrors: { slug: [expect.any(String)] },
    });
  });
});

describe('co-coordinators', () => {
  it('invites by email, makes the invitee a known coordinator, and never loses the last owner', async () => {
    const { id, owner, editor } = await draftWithTeam();
    const email = `${uniq('invitee')}@example.test`;
    const { coordinatorId } = await inviteCoordinator({ campaignId: id, email, role: 'editor' }, owner);
    const db = await getDb();
    const [invitee] = await db.select().from(coordinators).where(eq(coordinators.email, email));
    expect(invitee?.id).toBe(coordinatorId);
    const [mail] = await db.select().from(outboxMessages).where(and(eq(outboxMessages.to, email), eq(outboxMessages.template, 'coordinator-invitation')));
    expect(mail?.props).toMatchObject({ role: 'editor', campaignTitle: 'Clean water for all' });
    await expect(inviteCoordinator({ campaignId: id, email, role: 'owner' }, owner)).rejects.toMatchObject({
      fieldErrors: { email: [expect.stringContaining('already')] },
    });

    await expect(changeCoordinatorRole({ campaignId: id, coordinatorId: owner.id, role: 'editor' }, owner)).rejects.toMatchObject({ code: 'conflict' });
    await expect(removeCoordinator({ campaignId: id, coordinatorId: owner.id }, owner)).rejects.toMatchObject({ code: 'conflict' });
    await changeCoordinatorRole({ campaignId: id, coordinatorId: editor.id, role: 'owner' }, owner);
    await changeCoordinatorRole({ campaignId: id, coordinatorId: owner.id, role: 'editor' }, editor);
    await removeCoordinator({ campaignId: id, coordinatorId: coordinatorId }, editor);
    const members = await db.select().from(campaignMembers).where(eq(campaignMembers.campaignId, id));
    expect(members.map((m) => [m.coordinatorId, m.role]).sort()).toEqual(
      [[owner.id, 'editor'], [editor.id, 'owner']].sort(),
    );
    const trail = await db.select().from(auditEvents).where(and(eq(auditEvents.campaignId, id), like(auditEvents.action, 'coordinator.%')));
    expect(trail.map((e) => e.action)).toEqual(['coordinator.invited', 'coordinator.role_changed', 'coordinator.role_changed', 'coordinator.removed']);
  });
});
