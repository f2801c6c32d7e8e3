import { describe, expect, it } from 'vitest';
import { getCampaignInsights } from '@/lib/insights/queries';
import { createCampaign, createCoordinator } from '../support/factories';
import { insertSignOns } from '../support/sign-ons';

const at = (iso: string) => new Date(iso);

describe('campaign insights', () => {
  it('counts sign-ons per day, by kind, country and region, the confirmation rate and the median review time', async () => {
    const owner = await createCoordinator();
    const outsider = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    const base = { campaignId: campaign.id, decidedBy: owner.id };
    await insertSignOns([
      // Day 1: three submitted; two confirmed the same day; one approved two hours after confirming.
      { ...base, displayName: 'A', country: 'KE', createdAt: at('2026-11-01T08:00:00Z'), verifiedAt: at('2026-11-01T09:00:00Z'), approvedAt: at('2026-11-01T11:00:00Z') },
      { ...base, displayName: 'B', country: 'NL', status: 'rejected', createdAt: at('2026-11-01T08:30:00Z'), verifiedAt: at('2026-11-01T10:00:00Z'), rejectedAt: at('2026-11-03T10:00:00Z') },
      { ...base, displayName: 'C', status: 'pending_verification', decidedBy: null, createdAt: at('2026-11-01T12:00:00Z') },
      // Day 3: an individual without a country, approved six hours after confirming.
      { ...base, displayName: 'D E', kind: 'individual', createdAt: at('2026-11-03T08:00:00Z'), verifiedAt: at('2026-11-03T08:00:00Z'), approvedAt: at('2026-11-03T14:00:00Z') },
      // Imported: approved, never confirmed by email, not part of the confirmation rate.
      { ...base, displayName: 'F', country: 'KE', source: 'import', decidedBy: null, createdAt: at('2026-11-03T09:00:00Z'), approvedAt: at('2026-11-03T09:00:00Z') },
    ]);

    await expect(getCampaignInsights(campaign.id, outsider.id)).rejects.toMatchObject({ code: 'not_found' });
    const insights = await getCampaignInsights(campaign.id, owner.id);
    expect(insights.days).toEqual([
      { day: '2026-11-01', submitted: 3, confirmed: 2, approved: 1 },
      { day: '2026-11-03', submitted: 2, confirmed: 1, approved: 2 },
    ]);
    expect(insights.kinds).toEqual({ organizations: 2, individuals: 1 });
    expect(insights.countries).toEqual([
      { country: 'KE', count: 2 },
      { country: null, count: 1 },
    ]);
    expect(insights.regions).toEqual([
      { region: 'Africa', count: 2 },
      { region: null, count: 1 },
    ]);
    expect(insights.confirmation).toEqual({ submitted: 4, confirmed: 3, rate: 0.75 });
    // Decisions took 2 h, 48 h and 6 h: the median is 6 h.
    expect(insights.medianReviewSeconds).toBe(6 * 3600);
  });
});
