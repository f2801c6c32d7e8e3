import type { CampaignStatus } from './lifecycle';

export const statusLabel: Record<CampaignStatus, string> = {
  draft: 'Draft',
  open: 'Open for sign-on',
  closed: 'Sign-on closed',
  locked: 'Final list',
  delivered: 'Delivered',
};
