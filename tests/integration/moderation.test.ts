import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, campaigns, outboxMessages, signOns } from '@/db/schema';
import { canonicalEmail, normalizeName } from '@/lib/sign-ons/normalize';
import { bulkDecide, decideSignOn, editSignOn, mergeSignOns } from '@/lib/moderation/commands';
import { countBulkTargets, getQueuePage, QUEUE_PAGE_SIZE } from '@/lib/moderation/queries';
import { getCounts } from '@/lib/lists/queries';
import { createCampaign, createCoordinator } from '../support/factories';
import { addMember, createSignOn } from '../support/sign-ons';

async function setup() {
  const owner = await createCoordinator();
  const campaign = await createCampaign({ ownerId: owner.id });
  return { owner, campaign };
}

const settle = async (p: Promise<unknown>) => p.then(() => 'ok' as const, (e: { code?: string }) => e.code ?? 'error');

describe('moderation', () => {
  it('of two coordinators deciding on one entry at once, one wins and the other is told', async () => {
    const { owner, campaign } = await setup();
    const editor = await createCoordinator();
    await addMember(campaign.id, editor.id, 'editor');
    const entry = await createSignOn({ campaignId: campaign.id, displayName: 'Example Watch' });

    const results = await Promise.all([
      settle(decideSignOn({ signOnId: entry.id, decision: 'approve', expectedStatus: 'verified' }, owner.id)),
      settle(decideSignOn({ signOnId: entry.id, decision: 'reject', expectedStatus: 'verified', reason: 'spam' }, editor.id)),
    ]);
    expect(results.sort()).toEqual(['conflict', 'ok']);

    const db = await getDb();
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, entry.id), inArray(auditEvents.action, ['sign-on.approved', 'sign-on.rejected'])));
    expect(events).toHaveLength(1);
    const [row] = await db.select().from(signOns).where(eq(signOns.id, entry.id));
    expect(row!.status).toBe(events[0]!.action === 'sign-on.approved' ? 'approved' : 'rejected');
  });

  it('emails the signer on approval with a private status link, and on rejection only if the campaign says so', async () => {
    const { owner, campaign } = await setup();
    const a = await createSignOn({ campaignId: campaign.id, displayName: 'Approved Org', email: 'approved@example.test' });
    const r = await createSignOn({ campaignId: campaign.id, displayName: 'Rejected Org', email: 'rejected@example.test' });
    await decideSignOn({ signOnId: a.id, decision: 'approve' }, owner.id);
    await decideSignOn({ signOnId: r.id, decision: 'reject', reason: 'Not an organization' }, owner.id);
    const db = await getDb();
    const mail = await db.select().from(outboxMessages).where(eq(outboxMessages.campaignId, campaign.id));
    expect(mail.map((m) => [m.to, m.template])).toEqual([['approved@example.test', 'sign-on-approved']]);
    expect(String(mail[0]!.props.statusUrl)).toMatch(/\/signed\/[A-Za-z0-9_-]{43}$/);

    await db.update(campaigns).set({ notifyRejected: true }).where(eq(campaigns.id, campaign.id));
    const r2 = await createSignOn({ campaignId: campaign.id, displayName: 'Second Rejected', email: 'r2@example.test' });
    await decideSignOn({ signOnId: r2.id, decision: 'reject', reason: 'Duplicate' }, owner.id);
    const [rejectedMail] = await db.select().from(outboxMessages).where(eq(outboxMessages.to, 'r2@example.test'));
    expect(rejectedMail?.template).toBe('sign-on-rejected');
    expect(rejectedMail?.props.reason).toBe('Duplicate');
  });

  it('approves 10,000 awaiting entries in one statement and records it in the audit trail', async () => {
    const { owner, campaign } = await setup();
    const db = await getDb();
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const email = `signer${i}@bulk.example`;
      return {
        campaignId: campaign.id,
        kind: 'individual' as const,
        status: 'verified' as const,
        displayName: `Signer ${i}`,
        email,
        canonicalEmail: canonicalEmail(email),
        normalizedName: normalizeName(`Signer ${i}`),
        versionSigned: 1,
        verifiedAt: new Date(),
      };
    });
    for (let i = 0; i < rows.length; i += 1000) await db.insert(signOns).values(rows.slice(i, i + 1000));

    expect(await countBulkTargets(campaign.id, owner.id, { status: 'awaiting' }, 'approve')).toBe(10_000);
    const page = await getQueuePage(campaign.id, owner.id, { status: 'awaiting', page: 1 });
    expect(page.total).toBe(10_000);
    expect(page.entries).toHaveLength(QUEUE_PAGE_SIZE);
    expect(page.pageCount).toBe(10_000 / QUEUE_PAGE_SIZE);

    const { count: approved } = await bulkDecide({ campaignId: campaign.id, decision: 'approve', filter: { status: 'awaiting' } }, owner.id);
    expect(approved).toBe(10_000);
    expect((await getCounts(campaign.id)).individuals).toBe(10_000);
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.campaignId, campaign.id), eq(auditEvents.action, 'sign-ons.bulk-approved')));
    expect(event?.data.count).toBe(10_000);
    const [mails] = await db.select({ n: count() }).from(outboxMessages).where(eq(outboxMessages.campaignId, campaign.id));
    expect(mails?.n).toBe(10_000);
  }, 120_000);

  it('approves exactly the selected entries in a batch', async () => {
    const { owner, campaign } = await setup();
    const entries = await Promise.all(
      Array.from({ length: 7 }, (_, i) => createSignOn({ campaignId: campaign.id, displayName: `Batch Org ${i}` })),
    );
    const chosen = entries.slice(0, 5).map((e) => e.id);
    expect((await bulkDecide({ campaignId: campaign.id, decision: 'approve', ids: chosen }, owner.id)).count).toBe(5);
    const counts = await getCounts(campaign.id);
    expect(counts.organizations).toBe(5);
  });

  it('refuses an editor of campaign A any decision on campaign B, and changes nothing', async () => {
    const { campaign: a } = await setup();
    const { campaign: b } = await setup();
    const editorOfA = await createCoordinator();
    await addMember(a.id, editorOfA.id, 'editor');
    const entry = await createSignOn({ campaignId: b.id, displayName: 'Other Campaign Org' });

    await expect(decideSignOn({ signOnId: entry.id, decision: 'approve' }, editorOfA.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(bulkDecide({ campaignId: b.id, decision: 'approve' }, editorOfA.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getQueuePage(b.id, editorOfA.id, { status: 'awaiting', page: 1 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      editSignOn({ signOnId: entry.id, displayName: 'Hijacked', acronym: null, title: null, country: null }, editorOfA.id),
    ).rejects.toMatchObject({ code: 'not_found' });
    const db = await getDb();
    const [row] = await db.select().from(signOns).where(eq(signOns.id, entry.id));
    expect(row).toMatchObject({ status: 'verified', displayName: 'Other Campaign Org' });
  });

  it('keeps the original submission when a coordinator edits, and shows before/after in the trail', async () => {
    const { owner, campaign } = await setup();
    const entry = await createSignOn({ campaignId: campaign.id, displayName: 'human rights watch (HRW)', country: 'US' });
    await editSignOn({ signOnId: entry.id, displayName: 'Human Rights Watch', acronym: 'HRW', title: null, country: 'US' }, owner.id);
    const db = await getDb();
    const [row] = await db.select().from(signOns).where(eq(signOns.id, entry.id));
    expect(row).toMatchObject({ displayName: 'Human Rights Watch', acronym: 'HRW' });
    expect(row!.originalSubmission).toMatchObject({ displayName: 'human rights watch (HRW)', acronym: null });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, entry.id), eq(auditEvents.action, 'sign-on.edited')))
      .orderBy(desc(auditEvents.id));
    expect(event?.actorId).toBe(owner.id);
    expect(event?.data.changes).toEqual({
      displayName: { before: 'human rights watch (HRW)', after: 'Human Rights Watch' },
      acronym: { before: null, after: 'HRW' },
    });
  });

  it('warns about likely duplicates and merges them', async () => {
    const { owner, campaign } = await setup();
    const centre = await createSignOn({ campaignId: campaign.id, displayName: 'Centre for Water Justice', acronym: 'CWJ', email: 'a@waterjustice.example' });
    const center = await createSignOn({ campaignId: campaign.id, displayName: 'Center for Water Justice', email: 'b@waterjustice.example' });
    const the = await createSignOn({ campaignId: campaign.id, displayName: 'The Basin Institute' });
    const basin = await createSignOn({ campaignId: campaign.id, displayName: 'basin institute' });
    const acronym = await createSignOn({ campaignId: campaign.id, displayName: 'Coalition for Wetland Justice', acronym: 'cwj' });
    const unrelated = await createSignOn({ campaignId: campaign.id, displayName: 'Mountain Guides Union', email: 'x@gmail.com' });
    await createSignOn({ campaignId: campaign.id, displayName: 'Desert Friends', email: 'y@gmail.com' });

    const page = await getQueuePage(campaign.id, owner.id, { status: 'awaiting', page: 1 });
    const warningsOf = (id: string) => page.entries.find((e) => e.id === id)!.warnings.duplicates;
    expect(warningsOf(center.id).map((w) => w.otherId)).toContain(centre.id);
    expect(warningsOf(basin.id)).toEqual([expect.objectContaining({ otherId: the.id, reason: 'same_name' })]);
    expect(warningsOf(acronym.id)).toEqual([expect.objectContaining({ otherId: centre.id, reason: 'same_acronym' })]);
    expect(warningsOf(unrelated.id)).toEqual([]);

    await mergeSignOns({ keepId: centre.id, duplicateId: center.id }, owner.id);
    const db = await getDb();
    const [merged] = await db.select().from(signOns).where(eq(signOns.id, center.id));
    expect(merged).toMatchObject({ status: 'rejected', duplicateOfId: centre.id });
    const after = await getQueuePage(campaign.id, owner.id, { status: 'awaiting', page: 1 });
    expect(after.entries.find((e) => e.id === centre.id)!.warnings.duplicates.map((w) => w.otherId)).not.toContain(center.id);
  });

  it('names each likely duplicate once, under its strongest reason, and at most five per reason', async () => {
    const { owner, campaign } = await setup();
    // Same name and same acronym and same domain: one warning, "same name".
    const first = await createSignOn({ campaignId: campaign.id, displayName: 'Lake Keepers Alliance', acronym: 'LKA', email: 'one@lakekeepers.example' });
    const again = await createSignOn({ campaignId: campaign.id, displayName: 'Lake Keepers Alliance', acronym: 'LKA', email: 'two@lakekeepers.example' });
    // Eight more organizations writing from that domain: the warning list stays readable.
    for (let i = 0; i < 8; i++) {
      await createSignOn({ campaignId: campaign.id, displayName: `Branch office ${i}`, email: `branch${i}@lakekeepers.example` });
    }
    const page = await getQueuePage(campaign.id, owner.id, { status: 'awaiting', page: 1 });
    const warnings = page.entries.find((e) => e.id === again.id)!.warnings.duplicates;
    expect(warnings.filter((w) => w.otherId === first.id)).toEqual([expect.objectContaining({ reason: 'same_name' })]);
    expect(warnings.filter((w) => w.reason === 'same_email_domain')).toHaveLength(5);
    expect(new Set(warnings.map((w) => w.otherId)).size).toBe(warnings.length);
  });

  it('flags individuals whose name is on the watch list', async () => {
    const { owner, campaign } = await setup();
    const famous = await createSignOn({ campaignId: campaign.id, kind: 'individual', displayName: 'Dr. Jane Goodall' });
    const page = await getQueuePage(campaign.id, owner.id, { status: 'awaiting', page: 1 });
    expect(page.entries.find((e) => e.id === famous.id)?.warnings.watched).toBe(true);
  });

  it('filters and searches the queue, including private email for coordinators', async () => {
    const { owner, campaign } = await setup();
    await createSignOn({ campaignId: campaign.id, displayName: 'Alpha 100% Org', country: 'KE', email: 'findme@alpha.example' });
    await createSignOn({ campaignId: campaign.id, kind: 'individual', displayName: 'Beta Person', country: 'PE' });
    const q = (f: Partial<Parameters<typeof getQueuePage>[2]>) =>
      getQueuePage(campaign.id, owner.id, { status: 'awaiting', page: 1, ...f }).then((p) => p.entries.map((e) => e.displayName));
    expect(await q({ q: 'findme@' })).toEqual(['Alpha 100% Org']);
    expect(await q({ q: '100%' })).toEqual(['Alpha 100% Org']);
    expect(await q({ q: '0% O' })).toEqual(['Alpha 100% Org']);
    expect(await q({ kind: 'individual' })).toEqual(['Beta Person']);
    expect(await q({ country: 'KE' })).toEqual(['Alpha 100% Org']);
  });

  it('refuses decisions once the list is locked', async () => {
    const { owner, campaign } = await setup();
    const entry = await createSignOn({ campaignId: campaign.id, displayName: 'Late Org' });
    const db = await getDb();
    await db.update(campaigns).set({ status: 'locked' }).where(eq(campaigns.id, campaign.id));
    await expect(decideSignOn({ signOnId: entry.id, decision: 'approve' }, owner.id)).rejects.toMatchObject({ code: 'invalid_transition' });
  });
});
