import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { campaigns, signOns } from '@/db/schema';
import { listCoordinatorCampaigns } from '@/lib/campaigns/coordinator-queries';
import { lockCampaign } from '@/lib/campaigns/final-list';
import { decideSignOn, editSignOn } from '@/lib/moderation/commands';
import { getQueuePage } from '@/lib/moderation/queries';
import { reviewQueueCsv } from '@/lib/moderation/review-csv';
import { parse } from 'csv-parse/sync';
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

  it('exports the queue as CSV for offline review: coordinators only, filtered, formulas made inert', async () => {
    const { owner, campaign } = await setup();
    const outsider = await createCoordinator();
    await createSignOn({ campaignId: campaign.id, displayName: '=HYPERLINK("http://evil.example")', email: 'x@evil.example', comment: '+1 call me' });
    await createSignOn({ campaignId: campaign.id, displayName: 'Kenya Water Trust', country: 'KE', contactName: 'Achieng', email: 'a@kwt.example' });
    await createSignOn({ campaignId: campaign.id, displayName: 'Kenya Water Trust', country: 'KE' });
    await createSignOn({ campaignId: campaign.id, displayName: 'Already Approved', status: 'approved' });
    for (let i = 0; i < 3; i++) await createSignOn({ campaignId: campaign.id, displayName: `Batch Filler ${i}`, country: 'FR' });

    await expect(reviewQueueCsv(campaign.id, outsider.id, { status: 'awaiting' })).rejects.toMatchObject({ code: 'not_found' });

    const { fileName, chunks } = await reviewQueueCsv(campaign.id, owner.id, { status: 'awaiting' });
    expect(fileName).toBe(`${campaign.slug}-review-queue.csv`);
    let text = '';
    for await (const c of chunks) text += c;
    expect(text.startsWith('\uFEFFstatus,kind,name,')).toBe(true);
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r.name)).toEqual([
      `'=HYPERLINK("http://evil.example")`,
      'Kenya Water Trust',
      'Kenya Water Trust',
      'Batch Filler 0',
      'Batch Filler 1',
      'Batch Filler 2',
    ]);
    expect(rows[0]).toMatchObject({ comment: `'+1 call me`, email: 'x@evil.example', status: 'verified' });
    expect(rows[1]).toMatchObject({ contact_name: 'Achieng', country_name: 'Kenya', possible_duplicates: 'Kenya Water Trust (same name)' });

    const kenya = await reviewQueueCsv(campaign.id, owner.id, { status: 'all', country: 'KE' });
    let kenyan = '';
    for await (const c of kenya.chunks) kenyan += c;
    expect((parse(kenyan, { columns: true, bom: true }) as unknown[]).length).toBe(2);
  });
});
