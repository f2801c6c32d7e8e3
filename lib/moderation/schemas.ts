import { z } from 'zod';
import { signOnKinds } from '@/db/enums';
import { isCountryCode } from '../lists/countries';
import { cleanText, forbiddenCharsMessage, hasForbiddenChars } from '../sign-ons/normalize';

export const queueStatuses = ['awaiting', 'approved', 'rejected', 'pending_verification', 'withdrawn', 'all'] as const;

/** The review queue's filters, as they appear in its URL (so a filtered view can be shared). */
export const queueFilterSchema = z.object({
  status: z.enum(queueStatuses).catch('awaiting'),
  kind: z.enum(signOnKinds).optional().catch(undefined),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => c === 'INTL' || isCountryCode(c))
    .optional()
    .catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

export const decisions = ['approve', 'reject', 'unreview'] as const;
export type Decision = (typeof decisions)[number];

export const decideSchema = z.object({
  signOnId: z.uuid(),
  decision: z.enum(decisions),
  /** The status the coordinator saw; if someone else changed it meanwhile, they are told. */
  expectedStatus: z.enum(['verified', 'approved', 'rejected']).optional(),
  reason: z.string().trim().max(2000, 'At most 2,000 characters.').optional(),
});

export const bulkDecideSchema = z.object({
  campaignId: z.uuid(),
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().max(2000).optional(),
});

/** Coordinators' corrections obey the same rules as what signers type: no control or bidi characters. */
const optionalText = (max: number) =>
  z
    .string()
    .refine((v) => !hasForbiddenChars(v), forbiddenCharsMessage)
    .transform(cleanText)
    .pipe(z.string().max(max, `At most ${max} characters.`))
    .transform((v) => (v === '' ? null : v));

export const editSignOnSchema = z.object({
  signOnId: z.uuid(),
  displayName: z
    .string()
    .refine((v) => !hasForbiddenChars(v), forbiddenCharsMessage)
    .transform(cleanText)
    .pipe(z.string().min(1, 'A name is required.').max(200, 'At most 200 characters.')),
  acronym: optionalText(20),
  title: optionalText(300),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => c === '' || isCountryCode(c), 'Choose a country from the list.')
    .transform((c) => (c === '' ? null : c)),
});

