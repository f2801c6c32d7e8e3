import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { campaignMembers } from '@/db/schema';
import { setDigestPreference } from '@/lib/coordinators/commands';
import { getCoordinatorSettings } from '@/lib/coordinators/queries';
import { digestDuty } from '@/lib/email/worker';
import { createCampaign, createCoordinator } from '../support/factories';
import { outboxTo } from '../support/records';
import { createSignOn } from '../support/sign-ons';

describe('daily digest opt-out', () => {
  it('changes only the signed-in coordinator’s own digest, and the worker’s digest duty honours it', async () => {
    const db = await getDb();
    const me = await createCoordinator();
    const colleague = await createCoordinator();
    const campaign = await createCampaign({ ownerId: me.id });
    await db.insert(campaignMembers).values({ campaignId: campaign.id, coordinatorId: colleague.id, role: 'editor' });
    await createSignOn({ campaignId: campaign.id, displayName: 'Awaiting Review Org' });

    expect(await getCoordinatorSettings(me.id)).toMatchObject({ email: me.email, digest: true });
    expect(await setDigestPreference({ digest: false }, me)).toEqual({ digest: false });
    expect(await getCoordinatorSettings(me.id)).toMatchObject({ digest: false });
    expect(await getCoordinatorSettings(colleague.id)).toMatchObject({ digest: true });

    await digestDuty.run({ now: new Date() });
    const digests = (to: string) => outboxTo(to, 'coordinator-digest');
    expect(await digests(me.email)).toHaveLength(0);
    expect(await digests(colleague.email)).toHaveLength(1);

    // Ticking the box again brings the digest back.
    expect(await setDigestPreference({ digest: true }, me)).toEqual({ digest: true });
    await digestDuty.run({ now: new Date() });
    expect(await digests(me.email)).toHaveLength(1);
  });

  it('refuses anyone not signed in', async () => {
    await expect(setDigestPreference({ digest: false }, null)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
