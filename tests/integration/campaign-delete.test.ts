import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, campaigns, letterVersions, outboxMessages, signOns } from '@/db/schema';
import { closeCampaign, deleteCampaign } from '@/lib/campaigns/commands';
import { deleteCampaignSchema } from '@/lib/campaigns/schemas';
import type { OutgoingEmail } from '@/lib/email/outbox';
import { commit } from '@/lib/events';
import { lockCampaign, recordDelivery } from '@/lib/campaigns/final-list';
import { submitSignOn } from '@/lib/sign-ons/commands';
import { signOnSchema } from '@/lib/sign-ons/schemas';
import { createCampaign, createCoordinator, uniq } from '../support/factories';
import { addMember, createSignOn, insertSignOns } from '../support/sign-ons';

async function campaignWithTeam(status: 'draft' | 'open' | 'closed' = 'closed') {
  const owner = await createCoordinator();
  const editor = await createCoordinator();
  const campaign = await createCampaign({ ownerId: owner.id, status });
  await addMember(campaign.id, editor.id, 'editor');
  await insertSignOns([{ campaignId: campaign.id, displayName: uniq('Approved Org') }]);
  await createSignOn({ campaignId: campaign.id, displayName: uniq('Waiting Org') });
  return { campaign, owner, editor };
}

const confirmFor = (campaign: { id: string; slug: string }, typed = campaign.slug) =>
  deleteCampaignSchema.parse({ campaignId: campaign.id, confirmSlug: typed });

async function rowsOf(campaignId: string) {
  const db = await getDb();
  return {
    campaigns: (await db.select().from(campaigns).where(eq(campaigns.id, campaignId))).length,
    versions: (await db.select().from(letterVersions).where(eq(letterVersions.campaignId, campaignId))).length,
    signOns: (await db.select().from(signOns).where(eq(signOns.campaignId, campaignId))).length,
    audit: (await db.select().from(auditEvents).where(eq(auditEvents.campaignId, campaignId))).length,
    outbox: (await db.select().from(outboxMessages).where(eq(outboxMessages.campaignId, campaignId))).length,
  };
}

describe('deleting a campaign', () => {
  it.each(['draft', 'open', 'closed'] as const)('lets an owner delete a campaign that is %s, with everything it holds', async (status) => {
    const { campaign, owner } = await campaignWithTeam(status);
    const db = await getDb();
    const email: OutgoingEmail = {
      template: 'sign-on-approved',
      to: 'someone@example.test',
      props: { campaignTitle: campaign.title, name: 'Someone', statusUrl: 'http://localhost/signed/x', letterUrl: 'http://localhost/letters/x' },
      campaignId: campaign.id,
      idempotencyKey: uniq('delete-test'),
    };
    await commit(db, [{ type: 'email.requested', campaignId: null, actor: { type: 'system' }, data: {}, emails: [email] }]);
    const log = vi.spyOn(console, 'info').mockImplementation(() => {});
    await expect(deleteCampaign(confirmFor(campaign), owner)).resolves.toEqual({ title: campaign.title });
    expect(await rowsOf(campaign.id)).toEqual({ campaigns: 0, versions: 0, signOns: 0, audit: 0, outbox: 0 });
    // The audit trail goes with the campaign, so the operator's log keeps the record.
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`deleted campaign ${campaign.id} (${campaign.slug}, ${status}) by coordinator ${owner.id}`));
    log.mockRestore();
  });

  it('is for owners only, and hides the campaign from outsiders', async () => {
    const { campaign, editor } = await campaignWithTeam();
    const outsider = await createCoordinator();
    const before = await rowsOf(campaign.id);
    await expect(deleteCampaign(confirmFor(campaign), editor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(deleteCampaign(confirmFor(campaign), outsider)).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteCampaign(confirmFor(campaign), null)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await rowsOf(campaign.id)).toEqual(before);
  });

  it('asks for the web address, typed exactly', async () => {
    const { campaign, owner } = await campaignWithTeam();
    const before = await rowsOf(campaign.id);
    for (const typed of ['', campaign.slug.toUpperCase().replace(/-/g, '_'), `${campaign.slug}x`]) {
      await expect(deleteCampaign(confirmFor(campaign, typed), owner)).rejects.toMatchObject({
        code: 'invalid_input',
        fieldErrors: { confirmSlug: [`Type ${campaign.slug} exactly to confirm.`] },
      });
    }
    expect(await rowsOf(campaign.id)).toEqual(before);
  });

  it('refuses a locked or delivered campaign: its list is the public record', async () => {
    const { campaign, owner } = await campaignWithTeam();
    await lockCampaign({ campaignId: campaign.id }, owner.id);
    const locked = await rowsOf(campaign.id);
    await expect(deleteCampaign(confirmFor(campaign), owner)).rejects.toMatchObject({
      code: 'invalid_transition',
      message: expect.stringContaining('cannot be deleted'),
    });
    expect(await rowsOf(campaign.id)).toEqual(locked);

    await recordDelivery({ campaignId: campaign.id, deliveredAt: new Date(), deliveredTo: 'The Minister', method: 'post' }, owner.id);
    await expect(deleteCampaign(confirmFor(campaign), owner)).rejects.toMatchObject({ code: 'invalid_transition' });
    expect((await rowsOf(campaign.id)).campaigns).toBe(1);
  });

  it('races a lock: exactly one of them wins, and a lost deletion leaves the locked list whole', async () => {
    const log = vi.spyOn(console, 'info').mockImplementation(() => {});
    for (let i = 0; i < 10; i++) {
      const { campaign, owner } = await campaignWithTeam();
      const [deleted, locked] = await Promise.allSettled([
        deleteCampaign(confirmFor(campaign), owner),
        lockCampaign({ campaignId: campaign.id }, owner.id),
      ]);
      expect([deleted.status, locked.status].sort()).toEqual(['fulfilled', 'rejected']);
      const rows = await rowsOf(campaign.id);
      if (locked.status === 'fulfilled') {
        expect(rows.campaigns).toBe(1);
        expect(rows.signOns).toBe(2);
      } else {
        expect(rows.campaigns).toBe(0);
      }
    }
    log.mockRestore();
  });
});

describe('sign-on after the lock', () => {
  it('is refused with a message that says the list is final', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    await closeCampaign({ campaignId: campaign.id }, owner);
    await lockCampaign({ campaignId: campaign.id }, owner.id);
    const input = signOnSchema.parse({ kind: 'individual', displayName: 'Too Late', email: `${uniq('late')}@example.test` });
    await expect(submitSignOn(input, campaign.slug, { ip: '203.0.113.9' })).rejects.toMatchObject({
      code: 'invalid_transition',
      message: 'The list of signatories of this letter is final; it no longer accepts sign-ons.',
    });
  });
});
