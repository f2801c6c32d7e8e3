/** How the activity page names each recorded action; unknown actions show as recorded. */
const labels: Record<string, string> = {
  'campaign.created': 'Created the campaign',
  'campaign.opened': 'Opened for sign-on',
  'campaign.closed': 'Closed sign-on',
  'campaign.reopened': 'Reopened sign-on',
  'campaign.locked': 'Locked the list',
  'campaign.delivered': 'Recorded delivery',
  'campaign.settings_changed': 'Changed settings',
  'letter.draft_saved': 'Edited the draft',
  'letter.version_created': 'Saved a new letter version',
  'coordinator.invited': 'Invited a coordinator',
  'coordinator.role_changed': 'Changed a coordinator’s role',
  'coordinator.removed': 'Removed a coordinator',
};

export const actionLabel = (action: string) => labels[action] ?? action;
