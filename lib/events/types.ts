import type { CampaignStatus } from '../campaigns/lifecycle';
import type { OutgoingEmail } from '../email/outbox';
import type { SignOnStatus } from '../sign-ons/lifecycle';

/** Who caused an event: a coordinator, the signer (who has no account), the system, or the operator's command line. */
export type EventActor = { type: 'coordinator'; id: string } | { type: 'signer' | 'system' | 'operator'; id?: null };

type Transition<S> = { from: S; to: S };
type FieldChanges = Record<string, { before: unknown; after: unknown }>;
type PublicFields = { displayName: string; acronym: string | null; title: string | null; country: string | null; website: string | null };

/**
 * Everything the product records, by name, with what the activity page shows for it. The
 * names are the audit trail's `action` column, kept as they were first written.
 */
export type EventData = {
  'campaign.created': { title: string; slug: string; language: string };
  'campaign.opened': Transition<CampaignStatus>;
  'campaign.closed': Transition<CampaignStatus>;
  'campaign.reopened': Transition<CampaignStatus>;
  'campaign.locked': Transition<CampaignStatus> & { entries: number; summary: string; hash: string; letterVersion: number };
  'campaign.delivered': Transition<CampaignStatus> & { deliveredAt: string; deliveredTo: string; method: string; emailsEnqueued: number };
  /** Not recorded: the campaign's trail is deleted with it (the server log keeps the deletion). */
  'campaign.deleted': Record<string, never>;
  'campaign.settings_changed': { changes: Record<string, { from: unknown; to: unknown }> };
  'letter.draft_saved': { slug?: { from: string; to: string } };
  'letter.translation_saved': { locale: string; basedOnVersion: number; outcome: 'created' | 'updated' };
  'letter.version_created': { from: number; to: number; changeKind?: string; changeNote?: string; notified: number };
  'coordinator.invited': { email: string; role: string; emailed: boolean };
  'coordinator.role_changed': { email: string; from: string; to: string };
  'coordinator.removed': { email: string; role: string };
  'coordinator.added': { email: string };
  'coordinator.may_create_campaigns': { email: string };
  'sign-on.submitted': { kind: string; versionSigned: number };
  'sign-on.link-resent': { link?: 'status' };
  'sign-on.verified': Transition<SignOnStatus>;
  'sign-on.approved': Transition<SignOnStatus> & { name?: string; reason?: string; policy?: string };
  'sign-on.rejected': Transition<SignOnStatus> & { name: string; reason?: string };
  'sign-on.returned-to-review': Transition<SignOnStatus> & { name: string; reason?: string };
  'sign-on.edited':
    | { before: PublicFields; after: PublicFields; statusBefore: SignOnStatus; statusAfter: SignOnStatus }
    | { name: string; changes: FieldChanges };
  'sign-on.merged': { kept: { id: string; name: string }; duplicate: { id: string; name: string }; from: SignOnStatus; to: SignOnStatus };
  'sign-on.convener-set': { name: string };
  'sign-on.convener-unset': { name: string };
  'sign-on.withdrawn': Transition<SignOnStatus>;
  'sign-ons.bulk-approved': { count: number; to: SignOnStatus; ids: string[]; reason?: string };
  'sign-ons.bulk-rejected': { count: number; to: SignOnStatus; ids: string[]; reason?: string };
  'sign-ons.imported': Record<string, unknown>;
  'sign-ons.import-undone': Record<string, unknown>;
  'sign-ons.private-data-erased': { count: number };
  'outreach.targets-added': { count: number; skipped: number };
  'outreach.invited': { name: string; email: string };
  'outreach.reminded': { name: string; email: string; sendAt: string };
  'outreach.reminders-scheduled': { daysBefore: number; queued: number };
  'outreach.opted-out': { name: string };
  'outreach.match-confirmed': { name: string; signOnId: string; matchedBy: 'link' | 'name' | 'domain' };
  'email.retried': Record<string, unknown>;
  /** Emails that record nothing of their own: a sign-in link, the daily digest, letter-change notices. */
  'email.requested': Record<string, never>;
};

export type EventType = keyof EventData;

type EventOf<T extends EventType> = {
  type: T;
  campaignId: string | null;
  actor: EventActor;
  subject?: { type: 'campaign' | 'sign_on' | 'coordinator' | 'letter_version' | 'letter_translation' | 'outbox_message' | 'import_batch' | 'outreach_target'; id?: string };
  data: EventData[T];
  /** Emails the event sends, queued in the same transaction. */
  emails?: OutgoingEmail[];
  /** When it happened, if not now: the demonstration data tells a story that began weeks ago. */
  at?: Date;
  /** Whether visitors see the change; when left out, the event type decides (see commit.ts). */
  visible?: boolean;
};

/** One thing that happened, as a command returns it: commit() turns it into audit rows, emails and cache expiries. */
export type DomainEvent = { [T in EventType]: EventOf<T> }[EventType];

/** Builds an event with its data checked against its type. */
export const event = <T extends EventType>(e: EventOf<T>): DomainEvent => e as DomainEvent;
