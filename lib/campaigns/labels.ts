import type { CampaignStatus } from './lifecycle';

export const statusLabel: Record<CampaignStatus, string> = {
  draft: 'Draft',
  open: 'Open for sign-on',
  closed: 'Sign-on closed',
  locked: 'Final list',
  delivered: 'Delivered',
};

/** Invited coordinators moderate their campaigns; starting one is for those the operator added. */
export const cannotCreateCampaigns =
  'Only coordinators your instance’s operator has added may start a campaign. Ask the operator to run “npm run coordinator -- add” with your address.';
