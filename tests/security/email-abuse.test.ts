import { describe, expect, it } from 'vitest';
import { inviteCoordinator, MAX_INVITATIONS_PER_ADDRESS, removeCoordinator } from '@/lib/coordinators/commands';
import { bulkDecide, decideSignOn, editSignOn } from '@/lib/moderation/commands';
import { createCampaign, createCoordinator, uniq } from '../support/factories';
import { outboxTo } from '../support/records';
import { createSignOn } from '../support/sign-ons';

describe('coordinators cannot make the app email one person without end', () => {
  it('sends one approval email per sign-on, however often it goes back to review and is approved again', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    const email = `${uniq('signer')}@example.test`;
    const entry = await createSignOn({ campaignId: campaign.id, displayName: 'Delta Watch', email });
    for (let i = 0; i < 4; i++) {
      await decideSignOn({ signOnId: entry.id, decision: 'approve' }, owner.id);
      await decideSignOn({ signOnId: entry.id, decision: 'unreview' }, owner.id);
    }
    await bulkDecide({ campaignId: campaign.id, decision: 'approve', ids: [entry.id] }, owner.id);
    expect(await outboxTo(email, 'sign-on-approved')).toHaveLength(1);
  });

  it('tells the signer again when an approved entry is published differently', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    const email = `${uniq('signer')}@example.test`;
    const entry = await createSignOn({ campaignId: campaign.id, displayName: 'Delta Watch', email });
    await decideSignOn({ signOnId: entry.id, decision: 'approve' }, owner.id);
    await decideSignOn({ signOnId: entry.id, decision: 'unreview' }, owner.id);
    await editSignOn({ signOnId: entry.id, displayName: 'Delta Watch Network', acronym: 'DWN', title: null, country: 'KE' }, owner.id);
    await decideSignOn({ signOnId: entry.id, decision: 'approve' }, owner.id);
    expect(await outboxTo(email, 'sign-on-approved')).toHaveLength(2);
  });

  it(`sends at most ${MAX_INVITATIONS_PER_ADDRESS} invitations to one address for one campaign`, async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    const email = `${uniq('target')}@example.test`;
    const results: boolean[] = [];
    for (let i = 0; i < 10; i++) {
      const { coordinatorId, emailed } = await inviteCoordinator({ campaignId: campaign.id, email, role: 'editor' }, owner);
      results.push(emailed);
      await removeCoordinator({ campaignId: campaign.id, coordinatorId }, owner);
    }
    expect(await outboxTo(email, 'coordinator-invitation')).toHaveLength(MAX_INVITATIONS_PER_ADDRESS);
    expect(results.filter(Boolean)).toHaveLength(MAX_INVITATIONS_PER_ADDRESS);
  });
});
