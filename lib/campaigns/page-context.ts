import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { requireCoordinator } from '../auth/session';
import { getCoordinatorCampaign } from './coordinator-queries';

/**
 * For a coordinator page of one campaign: the signed-in coordinator and the campaign, or a
 * redirect to sign in, or 404 for anyone who is not a member. Cached per request.
 */
export const requireCampaignPage = cache(async (campaignId: string, section = '') => {
  const me = await requireCoordinator(`/dashboard/campaigns/${encodeURIComponent(campaignId)}${section}`);
  const campaign = await getCoordinatorCampaign(campaignId, me.id);
  if (!campaign) notFound();
  return { me, campaign };
});
