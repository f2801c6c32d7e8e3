import { z } from 'zod';
import { memberRoles } from '@/db/enums';
import { letterFieldNames } from '../letters/schemas';
import type { EmailTemplates, TemplateName } from './templates';

/**
 * The outbox's contract with the worker. A queued email may wait hours (a digest) or days (a
 * provider outage) while a deploy changes its template, so each template's props are checked
 * against a zod schema when written and again when read, and a message written with an older
 * shape is carried forward by that template's upgrades before it is rendered. A message that
 * still does not fit fails with the reason instead of rendering half a message.
 */

const url = z.string().url();
const text = z.string();

/** Every step i upgrades version i+1 to i+2; the current version is steps.length + 1. */
type Job<T extends TemplateName> = { schema: z.ZodType<EmailTemplates[T]>; upgrades: ((props: Record<string, unknown>) => Record<string, unknown>)[] };

const changedPassage = z.object({
  field: z.enum(letterFieldNames as [string, ...string[]]),
  segments: z.array(z.object({ value: z.string(), added: z.boolean().optional(), removed: z.boolean().optional() })),
});

/**
 * Version 1 carried the delivery day already written out in English ("12 March 2026"); version
 * 2 carries the moment and its zone, so the email can name the day in the signer's language.
 */
function deliveredMoment(props: Record<string, unknown>): Record<string, unknown> {
  const { deliveredOn, ...rest } = props;
  const day = new Date(`${String(deliveredOn)} 12:00 UTC`);
  if (Number.isNaN(day.getTime())) throw new JobPayloadError(`letter-delivered v1: cannot read the day "${String(deliveredOn)}"`);
  return { ...rest, deliveredAt: day.toISOString(), timeZone: null };
}

const outreachInvitation = z.object({
  campaignTitle: text,
  organizationName: text,
  senderName: text,
  inviteUrl: url,
  optOutUrl: url,
  deadline: z.iso.datetime().nullable(),
  timeZone: text.nullable(),
  targetId: z.uuid(),
});

const jobs: { [T in TemplateName]: Job<T> } = {
  'coordinator-sign-in': { schema: z.object({ url, expiresInMinutes: z.number().int().positive() }), upgrades: [] },
  'coordinator-invitation': {
    schema: z.object({ campaignTitle: text, inviterName: text, role: z.enum(memberRoles), signInUrl: url }),
    upgrades: [],
  },
  'sign-on-verification': {
    schema: z.object({ campaignTitle: text, name: text, confirmUrl: url, statusUrl: url, expiresInHours: z.number().positive() }),
    upgrades: [],
  },
  'sign-on-received': { schema: z.object({ campaignTitle: text, name: text, statusUrl: url }), upgrades: [] },
  'sign-on-status-link': { schema: z.object({ campaignTitle: text, name: text, statusUrl: url }), upgrades: [] },
  'sign-on-approved': { schema: z.object({ campaignTitle: text, name: text, letterUrl: url, statusUrl: url }), upgrades: [] },
  'sign-on-rejected': {
    schema: z.object({
      campaignTitle: text,
      name: text,
      reason: text.nullable(),
      statusUrl: url,
      mergedInto: z.object({ name: text, onLetter: z.boolean() }).nullable().optional(),
    }),
    upgrades: [],
  },
  'letter-changed': {
    schema: z.object({
      campaignTitle: text,
      name: text,
      fromVersion: z.number().int(),
      toVersion: z.number().int(),
      changes: z.array(z.object({ version: z.number().int(), note: text })),
      passages: z.array(changedPassage) as z.ZodType<EmailTemplates['letter-changed']['passages']>,
      omittedPassages: z.number().int().min(0),
      letterUrl: url,
      compareUrl: url,
      statusUrl: url,
      withdrawUrl: url,
    }),
    upgrades: [],
  },
  'letter-delivered': {
    schema: z.object({
      campaignTitle: text,
      name: text,
      deliveredAt: z.iso.datetime(),
      timeZone: text.nullable(),
      deliveredTo: text,
      letterUrl: url,
    }),
    upgrades: [deliveredMoment],
  },
  'outreach-invitation': { schema: outreachInvitation, upgrades: [] },
  'outreach-reminder': { schema: outreachInvitation, upgrades: [] },
  'coordinator-digest': {
    schema: z.object({
      name: text.nullable(),
      campaigns: z.array(z.object({ title: text, awaiting: z.number().int(), oldestWaitingSince: text, queueUrl: url })),
      settingsUrl: url,
    }),
    upgrades: [],
  },
};

/** The version new messages of this template are written with. */
export const currentVersion = (template: TemplateName) => jobs[template].upgrades.length + 1;

export class JobPayloadError extends Error {}

/** Checks props before they are queued: a bad payload fails the command that wrote it, not the worker a day later. */
export function prepareJob<T extends TemplateName>(template: T, props: EmailTemplates[T]): { payloadVersion: number; props: Record<string, unknown> } {
  const parsed = jobs[template].schema.safeParse(props);
  if (!parsed.success) throw new JobPayloadError(`${template}: ${z.prettifyError(parsed.error)}`);
  return { payloadVersion: currentVersion(template), props: parsed.data as Record<string, unknown> };
}

/** Reads a queued message's props, upgraded from the version they were written with. */
export function readJob<T extends TemplateName>(template: T, payloadVersion: number, stored: Record<string, unknown>): EmailTemplates[T] {
  const job = jobs[template] as Job<T> | undefined;
  if (!job) throw new JobPayloadError(`unknown email template "${template}"`);
  if (!Number.isInteger(payloadVersion) || payloadVersion < 1 || payloadVersion > currentVersion(template)) {
    throw new JobPayloadError(`${template}: no version ${payloadVersion} of this email is known`);
  }
  const props = job.upgrades.slice(payloadVersion - 1).reduce((p, upgrade) => upgrade(p), stored);
  const parsed = job.schema.safeParse(props);
  if (!parsed.success) throw new JobPayloadError(`${template} v${payloadVersion}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
