/**
 * Every email the product sends, one per event (SPEC §7), with the props its React Email
 * template in emails/ takes. Links are absolute URLs (see lib/urls.ts).
 */
export type EmailTemplates = {
  'coordinator-sign-in': { url: string; expiresInMinutes: number };
  'coordinator-invitation': { campaignTitle: string; inviterName: string; role: 'owner' | 'editor'; signInUrl: string };
  'sign-on-verification': { campaignTitle: string; name: string; confirmUrl: string; statusUrl: string; expiresInHours: number };
  'sign-on-received': { campaignTitle: string; name: string; statusUrl: string };
  'sign-on-approved': { campaignTitle: string; name: string; letterUrl: string; statusUrl: string };
  'sign-on-rejected': { campaignTitle: string; name: string; reason: string | null; statusUrl: string };
  'letter-changed': {
    campaignTitle: string;
    name: string;
    fromVersion: number;
    toVersion: number;
    changeNote: string;
    /** Word diff as segments, so the template can mark insertions and deletions. */
    diff: { value: string; added?: boolean; removed?: boolean }[];
    letterUrl: string;
    statusUrl: string;
    withdrawUrl: string;
  };
  'letter-delivered': { campaignTitle: string; name: string; deliveredOn: string; deliveredTo: string; letterUrl: string };
  'coordinator-digest': {
    name: string | null;
    campaigns: { title: string; awaiting: number; oldestWaitingSince: string; queueUrl: string }[];
    settingsUrl: string;
  };
};

export type TemplateName = keyof EmailTemplates;

export const templateNames = [
  'coordinator-sign-in',
  'coordinator-invitation',
  'sign-on-verification',
  'sign-on-received',
  'sign-on-approved',
  'sign-on-rejected',
  'letter-changed',
  'letter-delivered',
  'coordinator-digest',
] as const satisfies readonly TemplateName[];
