import type { ChangedPassage } from '../letters/passages';
import type { MergedInto } from '../sign-ons/labels';

/**
 * Every email the product sends, one per event (SPEC §7), with the props its React Email
 * template in emails/ takes. Links are absolute URLs (see lib/urls.ts).
 */
export type EmailTemplates = {
  'coordinator-sign-in': { url: string; expiresInMinutes: number };
  'coordinator-invitation': { campaignTitle: string; inviterName: string; role: 'owner' | 'editor'; signInUrl: string };
  'sign-on-verification': { campaignTitle: string; name: string; confirmUrl: string; statusUrl: string; expiresInHours: number };
  'sign-on-received': { campaignTitle: string; name: string; statusUrl: string };
  /** A confirmed signer asked for their private link again. */
  'sign-on-status-link': { campaignTitle: string; name: string; statusUrl: string };
  'sign-on-approved': { campaignTitle: string; name: string; letterUrl: string; statusUrl: string };
  'sign-on-rejected': {
    campaignTitle: string;
    name: string;
    reason: string | null;
    statusUrl: string;
    /** Set when the entry was a duplicate merged into another: then it is on the letter after all. */
    mergedInto?: MergedInto | null;
  };
  'letter-changed': {
    campaignTitle: string;
    name: string;
    /** The version the signer signed or was last told about, and the current one. */
    fromVersion: number;
    toVersion: number;
    /** The coordinators' note on each version after fromVersion, oldest first. */
    changes: { version: number; note: string }[];
    /** Only the changed passages, in letter order, each with a little context (lib/letters/passages.ts). */
    passages: ChangedPassage[];
    /** Passages left out to keep the email short; the full comparison has them. */
    omittedPassages: number;
    letterUrl: string;
    /** The full comparison of the two versions on the public version history. */
    compareUrl: string;
    statusUrl: string;
    withdrawUrl: string;
  };
  'letter-delivered': {
    campaignTitle: string;
    name: string;
    /** The moment of delivery (ISO 8601) and the zone its day is named in (UTC when null). */
    deliveredAt: string;
    timeZone: string | null;
    deliveredTo: string;
    letterUrl: string;
  };
  /** A coordinator invites a target organization to sign; the reminder is the same message, sent once more. */
  'outreach-invitation': OutreachInvitation;
  'outreach-reminder': OutreachInvitation;
  'coordinator-digest': {
    name: string | null;
    campaigns: { title: string; awaiting: number; oldestWaitingSince: string; queueUrl: string }[];
    settingsUrl: string;
  };
};

/** The outreach emails' props; `targetId` lets the worker drop a message its target no longer wants (docs/decisions/0011). */
export type OutreachInvitation = {
  campaignTitle: string;
  organizationName: string;
  senderName: string;
  /** The personal sign-on page, pre-filled with the organization's details. */
  inviteUrl: string;
  optOutUrl: string;
  /** The deadline (ISO 8601) and the zone its day is named in, when there is one. */
  deadline: string | null;
  timeZone: string | null;
  targetId: string;
};

export type TemplateName = keyof EmailTemplates;

export const templateNames = [
  'coordinator-sign-in',
  'coordinator-invitation',
  'sign-on-verification',
  'sign-on-received',
  'sign-on-status-link',
  'sign-on-approved',
  'sign-on-rejected',
  'letter-changed',
  'letter-delivered',
  'coordinator-digest',
  'outreach-invitation',
  'outreach-reminder',
] as const satisfies readonly TemplateName[];
