import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { DELIVERED_SLUG, seedDemo } from '@/lib/demo/seed';
import { campaigns, listSnapshots, outboxMessages, signOns, snapshotEntries } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { lockCampaign, recordDelivery } from '@/lib/campaigns/final-list';
import { exportResponse } from '@/lib/lists/exports';
import { isFrozenError, refusingFrozen } from '@/lib/lists/frozen';
import { getFinalListPage, getLockPreview, getPublicListCampaign } from '@/lib/lists/queries';
import { createCampaign, createCoordinator, removeAllCampaigns } from '../support/factories';
import { insertSignOns } from '../support/sign-ons';

// The test database is shared by every file, one after another; the demo seed only goes into
// an empty one, so leave no campaign behind.
afterAll(async () => {
  await removeAllCampaigns();
});

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function closedCampaign(extra: Parameters<typeof createCampaign>[0] = {}) {
  const owner = await createCoordinator();
  const campaign = await createCampaign({ status: 'closed', ownerId: owner.id, ...extra });
  return { owner, campaign };
}

describe('lock', () => {
  it('writes the approved sign-ons in final order, organizations first, "The" ignored', async () => {
    const { owner, campaign } = await closedCampaign();
    await insertSignOns([
      { campaignId: campaign.id, displayName: 'Zebra Trust', country: 'GB' },
      { campaignId: campaign.id, displayName: 'The Apple Foundation', acronym: 'TAF', country: 'US' },
      { campaignId: campaign.id, displayName: 'Basin Council' },
      { campaignId: campaign.id, displayName: 'Pending Org', status: 'verified' },
      { campaignId: campaign.id, displayName: 'Rejected Org', status: 'rejected' },
      { campaignId: campaign.id, kind: 'individual', displayName: 'Ada Lovelace', title: 'Mathematician', country: 'GB' },
      { campaignId: campaign.id, kind: 'individual', displayName: 'Émile Zola', country: 'FR' },
    ]);
    expect(await getLockPreview(campaign.id)).toMatchObject({ organizations: 3, individuals: 2, awaitingReview: 1 });
    const result = await lockCampaign({ campaignId: campaign.id }, owner.id);
    expect(result.entries).toBe(5);
    expect(result.summary).toBe('3 organizations and 2 individuals from 3 countries');
    expect(result.hash).toMatch(/^[0-9a-f]{64}$/);

    const page = await getFinalListPage(campaign.id, { page: 1, perPage: 50 });
    expect(page.entries.map((e) => e.name)).toEqual([
      'The Apple Foundation',
      'Basin Council',
      'Zebra Trust',
      'Ada Lovelace',
      'Émile Zola',
    ]);
    const db = await getDb();
    const [c] = await db.select().from(campaigns).where(eq(campaigns.id, campaign.id));
    expect(c?.status).toBe('locked');
    expect(c?.lockedBy).toBe(owner.id);
  });

  it('answers a second lock with a clear "already locked" and keeps one snapshot', async () => {
    const { owner, campaign } = await closedCampaign();
    await insertSignOns([{ campaignId: campaign.id, displayName: 'Only Org' }]);
    const results = await Promise.allSettled([
      lockCampaign({ campaignId: campaign.id }, owner.id),
      lockCampaign({ campaignId: campaign.id }, owner.id),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(DomainError);
    expect(failure.reason.code).toBe('conflict');
    expect(failure.reason.message).toMatch(/already locked/);
    const db = await getDb();
    const snaps = await db.select().from(listSnapshots).where(eq(listSnapshots.campaignId, campaign.id));
    expect(snaps).toHaveLength(1);
  });

  it('is owner-only and only from closed (or open past its deadline)', async () => {
    const { owner, campaign } = await closedCampaign({ status: 'open' });
    const editor = await createCoordinator();
    const db = await getDb();
    await db.execute(sql`insert into campaign_members (campaign_id, coordinator_id, role) values (${campaign.id}, ${editor.id}, 'editor')`);
    await expect(lockCampaign({ campaignId: campaign.id }, editor.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(lockCampaign({ campaignId: campaign.id }, owner.id)).rejects.toMatchObject({ code: 'invalid_transition' });
    const stranger = await createCoordinator();
    await expect(lockCampaign({ campaignId: campaign.id }, stranger.id)).rejects.toMatchObject({ code: 'not_found' });

    const { owner: owner2, campaign: pastDeadline } = await closedCampaign({ status: 'open', deadline: new Date(Date.now() - 1000) });
    await expect(lockCampaign({ campaignId: pastDeadline.id }, owner2.id)).resolves.toMatchObject({ entries: 0 });
  });

  it('publishes a hash equal to the SHA-256 of the JSON export as served', async () => {
    const { owner, campaign } = await closedCampaign({ language: 'ko' });
    await insertSignOns([
      { campaignId: campaign.id, displayName: '강 살리기 시민연대', country: 'KR' },
      { campaignId: campaign.id, displayName: 'River "Quoted" Alliance', acronym: 'RQA', country: 'NL' },
      { campaignId: campaign.id, kind: 'individual', displayName: 'Kim Min-jun', title: 'Ecologist\u2028Line', country: 'KR' },
    ]);
    const { hash } = await lockCampaign({ campaignId: campaign.id }, owner.id);
    const response = await exportResponse(campaign.slug, 'json');
    const body = await response.text();
    expect(sha256(body)).toBe(hash);
    const doc = JSON.parse(body);
    expect(doc.entries.map((e: { name: string }) => e.name)).toEqual(['강 살리기 시민연대', 'River "Quoted" Alliance', 'Kim Min-jun']);
    expect(doc.counts).toEqual({ organizations: 2, individuals: 1, countries: 2 });
    const published = await getPublicListCampaign(campaign.slug);
    expect(published?.snapshot?.hash).toBe(hash);
  });

  it('streams a long export in batches with the same hash', async () => {
    const { owner, campaign } = await closedCampaign();
    await insertSignOns(
      Array.from({ length: 2500 }, (_, i) => ({
        campaignId: campaign.id,
        displayName: `Organization ${i}`,
        country: ['FR', 'DE', null][i % 3],
      })),
    );
    const { hash, entries } = await lockCampaign({ campaignId: campaign.id }, owner.id);
    expect(entries).toBe(2500);
    const body = await (await exportResponse(campaign.slug, 'json')).text();
    expect(sha256(body)).toBe(hash);
    expect(JSON.parse(body).entries.at(-1).position).toBe(2500);
  });
});

describe('triggers after the lock', () => {
  it('refuse a direct SQL update, insert or delete of a locked campaign’s sign-ons', async () => {
    const { owner, campaign } = await closedCampaign();
    const [row] = await insertSignOns([{ campaignId: campaign.id, displayName: 'Frozen Org' }]);
    await lockCampaign({ campaignId: campaign.id }, owner.id);
    const db = await getDb();
    const update = db.execute(sql`update sign_ons set display_name = 'Changed' where id = ${row!.id}`);
    await expect(update).rejects.toSatisfy(isFrozenError);
    await expect(db.execute(sql`update sign_ons set status = 'rejected' where id = ${row!.id}`)).rejects.toSatisfy(isFrozenError);
    await expect(db.execute(sql`delete from sign_ons where id = ${row!.id}`)).rejects.toSatisfy(isFrozenError);
    await expect(insertSignOns([{ campaignId: campaign.id, displayName: 'Late Org' }])).rejects.toSatisfy(isFrozenError);
    await expect(
      db.execute(sql`insert into letter_versions (campaign_id, number, title) values (${campaign.id}, 2, 'New text')`),
    ).rejects.toSatisfy(isFrozenError);
    await expect(db.execute(sql`update letter_versions set body = 'x' where campaign_id = ${campaign.id}`)).rejects.toSatisfy(isFrozenError);
    await expect(db.execute(sql`update snapshot_entries set name = 'x' where campaign_id = ${campaign.id}`)).rejects.toSatisfy(isFrozenError);
    await expect(db.execute(sql`delete from snapshot_entries where campaign_id = ${campaign.id}`)).rejects.toSatisfy(isFrozenError);
    await expect(
      db.execute(sql`insert into snapshot_entries (campaign_id, position, kind, name) values (${campaign.id}, 99, 'organization', 'Forged')`),
    ).rejects.toSatisfy(isFrozenError);
    await expect(db.execute(sql`update list_snapshots set hash = 'x' where campaign_id = ${campaign.id}`)).rejects.toSatisfy(isFrozenError);
    await expect(db.execute(sql`update campaigns set title = 'Other' where id = ${campaign.id}`)).rejects.toSatisfy(isFrozenError);
    await expect(db.execute(sql`update campaigns set status = 'open' where id = ${campaign.id}`)).rejects.toSatisfy(isFrozenError);

    const [still] = await db.select().from(signOns).where(eq(signOns.id, row!.id));
    expect(still?.displayName).toBe('Frozen Org');
    // The app names the cause.
    await expect(refusingFrozen(() => db.execute(sql`update sign_ons set title = 'x' where id = ${row!.id}`))).rejects.toMatchObject({
      code: 'invalid_transition',
      message: expect.stringMatching(/final/),
    });
  });

  it('still allow erasing private data, but refuse deleting the whole campaign and its frozen list', async () => {
    const { owner, campaign } = await closedCampaign();
    const [row] = await insertSignOns([{ campaignId: campaign.id, displayName: 'Private Org', comment: 'secret' }]);
    await lockCampaign({ campaignId: campaign.id }, owner.id);
    const db = await getDb();
    await db.update(signOns).set({ email: null, canonicalEmail: null, comment: null, erasedAt: new Date() }).where(eq(signOns.id, row!.id));
    await expect(db.delete(campaigns).where(eq(campaigns.id, campaign.id))).rejects.toSatisfy(isFrozenError);
    await expect(db.delete(snapshotEntries).where(eq(snapshotEntries.campaignId, campaign.id))).rejects.toSatisfy(isFrozenError);
    await expect(db.delete(signOns).where(eq(signOns.id, row!.id))).rejects.toSatisfy(isFrozenError);
    await recordDelivery(
      { campaignId: campaign.id, deliveredAt: new Date(), deliveredTo: 'The Minister', method: 'email', note: '', link: '' },
      owner.id,
    );
    const [erased] = await db.select().from(signOns).where(eq(signOns.id, row!.id));
    expect(erased).toMatchObject({ comment: null, email: null });
    await expect(db.delete(campaigns).where(eq(campaigns.id, campaign.id))).rejects.toSatisfy(isFrozenError);
    expect(await db.select().from(snapshotEntries).where(eq(snapshotEntries.campaignId, campaign.id))).toHaveLength(1);
  });

  it('still let a coordinator who locked, approved and edited be deleted', async () => {
    const { owner, campaign } = await closedCampaign();
    const db = await getDb();
    await insertSignOns([{ campaignId: campaign.id, displayName: 'Decided Org', decidedBy: owner.id }]);
    await db.execute(sql`update letter_versions set editor_id = ${owner.id} where campaign_id = ${campaign.id}`);
    await db.execute(sql`update campaigns set created_by = ${owner.id} where id = ${campaign.id}`);
    await lockCampaign({ campaignId: campaign.id }, owner.id);
    await db.execute(sql`delete from coordinators where id = ${owner.id}`);
    const [c] = await db.select().from(campaigns).where(eq(campaigns.id, campaign.id));
    expect(c).toMatchObject({ status: 'locked', lockedBy: null, createdBy: null });
  });

  it('leave campaigns that are not locked alone', async () => {
    const { campaign } = await closedCampaign();
    const [row] = await insertSignOns([{ campaignId: campaign.id, displayName: 'Open Org' }]);
    const db = await getDb();
    await db.update(signOns).set({ status: 'rejected' }).where(eq(signOns.id, row!.id));
    await expect(
      db.execute(sql`insert into snapshot_entries (campaign_id, position, kind, name) values (${campaign.id}, 1, 'organization', 'Forged')`),
    ).rejects.toSatisfy(isFrozenError);
  });
});

describe('lock while approvals run', () => {
  it('snapshots exactly the set approved at commit (20 runs)', async () => {
    const db = await getDb();
    for (let run = 0; run < 20; run++) {
      const { owner, campaign } = await closedCampaign();
      const rows = await insertSignOns(
        Array.from({ length: 30 }, (_, i) => ({
          campaignId: campaign.id,
          displayName: `Org ${run}-${i}`,
          status: i < 10 ? ('approved' as const) : ('verified' as const),
        })),
      );
      const approve = async (id: string) => {
        try {
          await db.transaction(async (tx) => {
            await tx.update(signOns).set({ status: 'approved', approvedAt: new Date() }).where(and(eq(signOns.id, id), eq(signOns.status, 'verified')));
          });
        } catch (e) {
          if (!isFrozenError(e)) throw e;
        }
      };
      const pending = rows.filter((r) => r.status === 'verified');
      const half = Math.floor(Math.random() * pending.length);
      await Promise.all([
        ...pending.slice(0, half).map((r) => approve(r.id)),
        lockCampaign({ campaignId: campaign.id }, owner.id),
        ...pending.slice(half).map((r) => approve(r.id)),
      ]);
      const approvedNow = await db
        .select({ name: signOns.displayName })
        .from(signOns)
        .where(and(eq(signOns.campaignId, campaign.id), eq(signOns.status, 'approved')));
      const snapshot = await db.select({ name: snapshotEntries.name }).from(snapshotEntries).where(eq(snapshotEntries.campaignId, campaign.id));
      expect(new Set(snapshot.map((s) => s.name))).toEqual(new Set(approvedNow.map((a) => a.name)));
      expect(snapshot.length).toBe(approvedNow.length);
      expect(snapshot.length).toBeGreaterThanOrEqual(10);
    }
  });
});

describe('delivery', () => {
  it('records the delivery once and emails only approved signers who opted in', async () => {
    const { owner, campaign } = await closedCampaign();
    await insertSignOns([
      { campaignId: campaign.id, displayName: 'Informed Org', email: 'informed@example.test', keepInformed: true },
      { campaignId: campaign.id, displayName: 'Quiet Org', email: 'quiet@example.test', keepInformed: false },
      { campaignId: campaign.id, displayName: 'Rejected Org', email: 'rejected@example.test', keepInformed: true, status: 'rejected' },
      { campaignId: campaign.id, kind: 'individual', displayName: 'Informed Person', email: 'person@example.test', keepInformed: true },
    ]);
    const input = {
      campaignId: campaign.id,
      deliveredAt: new Date('2026-11-20T10:00:00Z'),
      deliveredTo: 'Office of the Minister',
      method: 'in_person' as const,
      note: 'Handed over at the ministry.',
      link: 'https://example.org/photos',
    };
    await expect(recordDelivery(input, owner.id)).rejects.toMatchObject({ code: 'invalid_transition' });
    await lockCampaign({ campaignId: campaign.id }, owner.id);
    await expect(recordDelivery({ ...input, link: 'javascript:alert(1)' }, owner.id)).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { link: [expect.any(String)] },
    });
    const result = await recordDelivery(input, owner.id);
    expect(result.emailsEnqueued).toBe(2);
    await expect(recordDelivery(input, owner.id)).rejects.toMatchObject({ code: 'conflict' });

    const db = await getDb();
    const mail = await db.select().from(outboxMessages).where(eq(outboxMessages.campaignId, campaign.id));
    expect(mail.map((m) => m.to).sort()).toEqual(['informed@example.test', 'person@example.test']);
    expect(mail.every((m) => m.template === 'letter-delivered')).toBe(true);
    expect(mail[0]?.props).toMatchObject({ deliveredTo: 'Office of the Minister', deliveredAt: '2026-11-20T10:00:00.000Z' });
    expect(mail[0]?.payloadVersion).toBe(2);
    const published = await getPublicListCampaign(campaign.slug);
    expect(published?.status).toBe('delivered');
    expect(published?.delivery).toMatchObject({ deliveredTo: 'Office of the Minister', method: 'in_person', link: 'https://example.org/photos' });
    // The hash still holds after delivery.
    expect(sha256(await (await exportResponse(campaign.slug, 'json')).text())).toBe(published?.snapshot?.hash);
  });
});

describe('demo seed', () => {
  it('has a delivered letter whose hash is that of its JSON export', async () => {
    const db = await getDb();
    await removeAllCampaigns();
    expect(await seedDemo(db)).toBe(true);
    const delivered = await getPublicListCampaign(DELIVERED_SLUG);
    expect(delivered?.status).toBe('delivered');
    expect(delivered?.snapshot?.counts).toMatchObject({ organizations: 26, individuals: 12 });
    expect(sha256(await (await exportResponse(DELIVERED_SLUG, 'json')).text())).toBe(delivered?.snapshot?.hash);
    const mail = await db.select().from(outboxMessages).where(eq(outboxMessages.campaignId, delivered!.id));
    expect(mail.map((m) => m.to).sort()).toEqual(['a.diallo@uni.example', 'info@cff.example', 'women@fisheries.example']);
  });
});
