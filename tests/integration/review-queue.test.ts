import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { campaigns, signOns } from '@/db/schema';
import { listCoordinatorCampaigns } from '@/lib/campaigns/coordinator-queries';
import { lockCampaign } from '@/lib/lists/commands';
import { decideSignOn, editSignOn } from '@/lib/moderation/commands';
import { getQueuePage } from '@/lib/moderation/queries';
import { createCampaign, createCoordinator } from '../support/factories';
import { createSignOn } from '../support/sign-ons';

async function setup() {
  const owner = await createCoordinator();
  const campaign = await createCampaign({ ownerId: owner.id });
  return { owner, campaign };
}

const queue = (campaignId: string, actorId: string, status: 'awaiting' | 'all' = 'all') =>
  getQueuePage(campaignId, actorId, { status, page: 1 });

describe('the review queue', () => {
  it('says "edited" only of entries a coordinator edited, not of ones that were confirmed or decided', async () => {
    const { owner, campaign } = await setup();
    const db = await getDb();
    const confirmed = await createSignOn({ campaignId: campaign.id, displayName: 'River Keepers', originalSubmission: { displayName: 'River Keepers' } });
    // Confirming moves updatedAt, as the sign-on form's verification does.
    await db.update(signOns).set({ updatedAt: new Date(Date.now() + 5000) }).where(eq(signOns.id, confirmed.id));
    const edited = await createSignOn({ campaignId: campaign.id, displayName: 'lake guardians', originalSubmission: { displayName: 'lake guardians' } });
    await editSignOn({ signOnId: edited.id, displayName: 'Lake Guardians', acronym: null, title: null, country: null }, owner.id);
    const approved = await createSignOn({ campaignId: campaign.id, displayName: 'Delta Friends' });
    await decideSignOn({ signOnId: approved.id, decision: 'approve' }, owner.id);

    const page = await queue(campaign.id, owner.id);
    const flag = (id: string) => page.entries.find((e) => e.id === id)!.edited;
    expect([flag(confirmed.id), flag(edited.id), flag(approved.id)]).toEqual([false, true, false]);
  });

  it('gives each merge candidate what tells it apart: source, date and email domain', async () => {
    const { owner, campaign } = await setup();
    const form = await createSignOn({ campaignId: campaign.id, displayName: 'Wetland Alliance', email: 'info@wetland.example', createdAt: new Date('2026-11-02T10:00:00Z') });
    const imported = await createSignOn({ campaignId: campaign.id, displayName: 'Wetland Alliance', source: 'import', email: null, canonicalEmail: null, createdAt: new Date('2026-11-20T10:00:00Z') });
    const page = await queue(campaign.id, owner.id);
    const entry = page.entries.find((e) => e.id === imported.id)!;
    expect(entry.emailDomain).toBeNull();
    expect(entry.warnings.duplicates).toEqual([
      expect.objectContaining({ otherId: form.id, other: { source: 'form', createdAt: new Date('2026-11-02T10:00:00Z'), emailDomain: 'wetland.example' } }),
    ]);
    expect(page.entries.find((e) => e.id === form.id)!.emailDomain).toBe('wetland.example');
  });

  it('counts short forms and acronyms as similar names', async () => {
    const { owner, campaign } = await setup();
    const amnesty = await createSignOn({ campaignId: campaign.id, displayName: 'Amnesty International', status: 'approved' });
    const intl = await createSignOn({ campaignId: campaign.id, displayName: 'Amnesty Intl' });
    const intl2 = await createSignOn({ campaignId: campaign.id, displayName: 'Amnesty Int’l' });
    const assn = await createSignOn({ campaignId: campaign.id, displayName: 'Fishers Assn of Lake Victoria' });
    const association = await createSignOn({ campaignId: campaign.id, displayName: 'Fishers Association of Lake Victoria', status: 'approved' });
    const cttee = await createSignOn({ campaignId: campaign.id, displayName: 'Intl Rescue Cttee' });
    const committee = await createSignOn({ campaignId: campaign.id, displayName: 'International Rescue Committee', status: 'approved' });
    const hrw = await createSignOn({ campaignId: campaign.id, displayName: 'HRW' });
    const watch = await createSignOn({ campaignId: campaign.id, displayName: 'Human Rights Watch', status: 'approved' });
    const fdnAcronym = await createSignOn({ campaignId: campaign.id, displayName: 'Green Fdn', acronym: 'GF', status: 'approved' });
    const gf = await createSignOn({ campaignId: campaign.id, displayName: 'gf' });
    const unrelated = await createSignOn({ campaignId: campaign.id, displayName: 'Amnesty Kenya Network' });

    const page = await queue(campaign.id, owner.id, 'awaiting');
    const warned = (id: string) => page.entries.find((e) => e.id === id)!.warnings.duplicates.map((w) => [w.otherId, w.reason]);
    expect(warned(intl.id)).toContainEqual([amnesty.id, 'similar_name']);
    expect(warned(intl2.id)).toContainEqual([amnesty.id, 'similar_name']);
    expect(warned(assn.id)).toContainEqual([association.id, 'similar_name']);
    expect(warned(cttee.id)).toContainEqual([committee.id, 'similar_name']);
    expect(warned(hrw.id)).toContainEqual([watch.id, 'acronym_of_name']);
    expect(warned(gf.id)).toContainEqual([fdnAcronym.id, 'acronym_of_name']);
    expect(warned(unrelated.id).map(([id]) => id)).not.toContain(amnesty.id);
  });

  it('stops counting entries left undecided at the lock as pending: they are not included', async () => {
    const { owner, campaign } = await setup();
    await createSignOn({ campaignId: campaign.id, displayName: 'Approved Org', status: 'approved' });
    await createSignOn({ campaignId: campaign.id, displayName: 'Undecided Org' });
    const before = (await listCoordinatorCampaigns(owner.id)).find((c) => c.id === campaign.id)!;
    expect([before.pendingReview, before.notIncluded]).toEqual([1, 0]);

    const db = await getDb();
    await db.update(campaigns).set({ status: 'closed' }).where(eq(campaigns.id, campaign.id));
    await lockCampaign({ campaignId: campaign.id }, owner.id);
    const after = (await listCoordinatorCampaigns(owner.id)).find((c) => c.id === campaign.id)!;
    expect([after.pendingReview, after.notIncluded]).toEqual([0, 1]);
  });
});
