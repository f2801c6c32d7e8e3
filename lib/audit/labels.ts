import type { EventType } from '../events/types';

/** How the activity page names each recorded action (every recorded event type has one); unknown actions show as recorded. */
const labels: Record<Exclude<EventType, 'email.requested' | 'campaign.deleted'>, string> = {
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
  'coordinator.added': 'Added a coordinator',
  'sign-on.submitted': 'A sign-on was submitted',
  'sign-on.link-resent': 'Resent a confirmation link',
  'sign-on.verified': 'A signer confirmed their email',
  'sign-on.approved': 'Approved a sign-on',
  'sign-on.rejected': 'Rejected a sign-on',
  'sign-on.returned-to-review': 'Moved a sign-on back to review',
  'sign-on.edited': 'Edited a sign-on',
  'sign-on.merged': 'Merged duplicate sign-ons',
  'sign-on.convener-set': 'Marked a sign-on as a convener',
  'sign-on.convener-unset': 'Unmarked a convener',
  'sign-on.withdrawn': 'A signer withdrew',
  'sign-ons.bulk-approved': 'Approved sign-ons in bulk',
  'sign-ons.bulk-rejected': 'Rejected sign-ons in bulk',
  'sign-ons.imported': 'Imported sign-ons',
  'sign-ons.import-undone': 'Undid an import',
  'email.retried': 'Retried an email',
  'sign-ons.private-data-erased': 'Erased signers’ private data',
  'coordinator.may_create_campaigns': 'Allowed a coordinator to start campaigns',
};

export const actionLabel = (action: string) => (labels as Record<string, string>)[action] ?? action;
