/**
 * Every enumerated value the database holds, in one place: the schema makes PostgreSQL enums of
 * them and the domain (lib/) imports them for its state machines, forms and checks.
 */

export const memberRoles = ['owner', 'editor'] as const;
export const campaignStatuses = ['draft', 'open', 'closed', 'locked', 'delivered'] as const;
export const approvalPolicies = ['review_all', 'auto_individuals', 'auto_all'] as const;
export const listFormats = ['name_acronym_country', 'name_dash_country', 'grouped_by_country'] as const;
export const listOrders = ['alphabetical', 'conveners_first', 'entered'] as const;
export const deliveryMethods = ['email', 'fax', 'post', 'in_person', 'other'] as const;
export const changeKinds = ['initial', 'minor', 'substantive'] as const;
export const signOnKinds = ['organization', 'individual'] as const;
export const signOnStatuses = ['pending_verification', 'verified', 'approved', 'rejected', 'withdrawn'] as const;
export const signOnSources = ['form', 'import'] as const;
export const tokenPurposes = ['verify', 'access'] as const;
export const actorTypes = ['coordinator', 'signer', 'system', 'operator'] as const;
export const outboxStatuses = ['pending', 'sent', 'failed'] as const;
/** A target organization of a campaign's outreach: where its invitation stands (lib/outreach/lifecycle.ts). */
export const outreachTargetStates = ['added', 'invited', 'signed', 'opted_out'] as const;
/** How a target was tied to its sign-on: its personal link, or a coordinator confirming a name or domain match. */
export const outreachMatchKinds = ['link', 'name', 'domain'] as const;
