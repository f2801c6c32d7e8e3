import { z } from 'zod';
import { campaignId } from '../campaigns/schemas';
import { DomainError } from '../errors';
import { MAX_REMINDER_DAYS } from './lifecycle';

const MAX_LIST_CHARS = 1_000_000;
const tooLong = 'This list is too long: add at most a thousand organizations at a time.';

/** The pasted list; an uploaded CSV file takes its place (see listText). */
export const targetsListSchema = z.object({
  campaignId,
  text: z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string().max(MAX_LIST_CHARS, tooLong)),
});

/** The list to read: an uploaded file when one was chosen, else the pasted text. */
export function listText(pasted: string, upload: unknown): Promise<string> | string {
  if (typeof File !== 'undefined' && upload instanceof File && upload.size > 0) {
    if (upload.size > MAX_LIST_CHARS) throw new DomainError('invalid_input', tooLong, { text: [tooLong] });
    return upload.text();
  }
  if (!pasted.trim()) {
    throw new DomainError('invalid_input', 'Nothing to read.', { text: ['Paste the organizations, one a line, or choose a CSV file.'] });
  }
  return pasted;
}

export const targetSchema = z.object({ campaignId, targetId: z.uuid({ error: 'Unknown organization.' }) });

/** One target, or every target it applies to (`all`). */
export const targetsChoiceSchema = z.object({
  campaignId,
  targetId: z.preprocess((v) => (v === '' || v == null ? undefined : v), z.uuid({ error: 'Unknown organization.' }).optional()),
});
export type TargetsChoice = z.infer<typeof targetsChoiceSchema>;

export const reminderScheduleSchema = z.object({
  campaignId,
  daysBefore: z.coerce
    .number({ error: 'Enter a number of days.' })
    .int('Enter a whole number of days.')
    .min(1, 'Enter at least 1 day.')
    .max(MAX_REMINDER_DAYS, `Enter at most ${MAX_REMINDER_DAYS} days.`),
});

export const confirmMatchSchema = z.object({ campaignId, targetId: z.uuid(), signOnId: z.uuid({ error: 'Unknown sign-on.' }) });

/** An invitation link's token as it appears in a URL or a form: base64url, 43 characters when we issue it. */
export const invitationToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'This invitation link is not valid.');
