import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { coordinators } from '@/db/schema';
import { sendDueDigests } from '@/lib/moderation/digest';
import { createCampaign, createCoordinator } from '../support/factories';
import { outboxTo } from '../support/records';
import { createSignOn } from '../support/sign-ons';

describe('daily digest', () => {
  it('tells each coordinator once a day how many entries await review, unless they opted out', async () => {
    const db = await getDb();
    const reviewer = await createCoordinator();
    const optedOut = await createCoordinator();
    await db.update(coordinators).set({ digestOptOut: true }).where(eq(coordinators.id, optedOut.id));
    const campaign = await createCampaign({ ownerId: reviewer.id });
    const other = await createCampaign({ ownerId: optedOut.id });
    await createSignOn({ campaignId: campaign.id, displayName: 'Waiting One', verifiedAt: new Date('2026-11-20T10:00:00Z') });
    await createSignOn({ campaignId: campaign.id, displayName: 'Waiting Two' });
    await createSignOn({ campaignId: other.id, displayName: 'Waiting Elsewhere' });

    const now = new Date('2026-11-25T07:00:00Z');
    // Two workers at once send one digest.
    await Promise.all([sendDueDigests(now), sendDueDigests(now)]);
    const mine = await outboxTo(reviewer.email);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.template).toBe('coordinator-digest');
    const props = mine[0]!.props as { campaigns: { title: string; awaiting: number; oldestWaitingSince: string; queueUrl: string }[] };
    expect(props.campaigns).toEqual([
      expect.objectContaining({ title: campaign.title, awaiting: 2, oldestWaitingSince: '2026-11-20T10:00:00.000Z' }),
    ]);
    expect(props.campaigns[0]!.queueUrl).toMatch(new RegExp(`/dashboard/campaigns/${campaign.id}/review$`));
    expect(await outboxTo(optedOut.email)).toHaveLength(0);

    // Not again the same day; again the next day.
    await sendDueDigests(new Date('2026-11-25T20:00:00Z'));
    expect(await outboxTo(reviewer.email)).toHaveLength(1);
    await sendDueDigests(new Date('2026-11-26T07:30:00Z'));
    expect(await outboxTo(reviewer.email)).toHaveLength(2);
  });
});
