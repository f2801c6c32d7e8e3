import { makeMachine } from '../lifecycle';

import { campaignStatuses } from '@/db/enums';

export { campaignStatuses };
export type CampaignStatus = (typeof campaignStatuses)[number];

export const campaignEvents = ['open', 'close', 'reopen', 'lock', 'deliver'] as const;
export type CampaignEvent = (typeof campaignEvents)[number];

/** SPEC §2. */
export const campaignMachine = makeMachine<CampaignStatus, CampaignEvent>(
  {
    open: { from: ['draft'], to: 'open' },
    close: { from: ['open'], to: 'closed' },
    reopen: { from: ['closed'], to: 'open' },
    lock: { from: ['closed'], to: 'locked' },
    deliver: { from: ['locked'], to: 'delivered' },
  },
  'campaign',
);

export const assertCampaignTransition = campaignMachine.assertTransition;

/** Owner-only events (SPEC §1, §2). */
export const ownerOnlyEvents: readonly CampaignEvent[] = ['lock', 'deliver'];

export const publicStatuses: readonly CampaignStatus[] = ['open', 'closed', 'locked', 'delivered'];
export const isPublic = (s: CampaignStatus) => publicStatuses.includes(s);
export const isFrozen = (s: CampaignStatus) => s === 'locked' || s === 'delivered';

/**
 * The status a visitor experiences: an open campaign past its deadline behaves as closed,
 * derived from the clock so no job has to run at the deadline.
 */
export function effectiveStatus(
  campaign: { status: CampaignStatus; deadline: Date | null },
  now: Date = new Date(),
): CampaignStatus {
  if (campaign.status === 'open' && campaign.deadline && campaign.deadline.getTime() <= now.getTime()) return 'closed';
  return campaign.status;
}

export const acceptsSignOns = (campaign: { status: CampaignStatus; deadline: Date | null }, now?: Date) =>
  effectiveStatus(campaign, now) === 'open';

/** The letter can be edited until the lock. */
export const letterEditable = (s: CampaignStatus) => s === 'draft' || s === 'open' || s === 'closed';
/** Moderation happens while sign-ons can still change. */
export const moderationAllowed = (s: CampaignStatus) => s === 'open' || s === 'closed';
