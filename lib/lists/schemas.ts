import { z } from 'zod';
import { isTimeZone, zonedLocalToUtc } from '../campaigns/deadline';

import { deliveryMethods } from '@/db/enums';

export { deliveryMethods };
export type DeliveryMethod = (typeof deliveryMethods)[number];

export const lockInput = z.object({ campaignId: z.uuid() });
export type LockInput = z.infer<typeof lockInput>;

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'Enter a web address starting with http:// or https://' })
  .max(500, 'At most 500 characters');

const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v),
    z.string().max(max, `At most ${max} characters`).nullable().default(null),
  );

/** A delivery record (SPEC §6): when, to whom, how, and an optional public note or link. */
export const deliveryInput = z.object({
  campaignId: z.uuid(),
  deliveredAt: z.coerce
    .date({ error: 'Enter the date of delivery' })
    .refine((d) => d.getTime() <= Date.now() + 24 * 3600 * 1000, 'The delivery date cannot be in the future'),
  deliveredTo: z.string().trim().min(1, 'Say to whom the letter was delivered').max(300, 'At most 300 characters'),
  method: z.enum(deliveryMethods, { error: 'Choose how the letter was delivered' }),
  note: optionalText(2000),
  link: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), httpUrl.nullable().default(null)),
});
export type DeliveryInput = z.input<typeof deliveryInput>;

const ticked = (message: string) =>
  z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.literal(true, { error: message }));

/** The lock confirmation form: nothing is locked without the "I understand" tick. */
export const lockFormSchema = z.object({
  campaignId: z.uuid({ error: 'Unknown campaign.' }),
  understood: ticked('Tick the box to confirm that the list becomes final.'),
});

/**
 * The delivery form: a wall-clock time in a chosen time zone, turned into the instant that
 * deliveryInput takes, and a tick confirming that the delivery is published and announced.
 */
export const deliveryFormSchema = deliveryInput
  .omit({ deliveredAt: true })
  .extend({
    deliveredAt: z.string().trim().default(''),
    timeZone: z.string().trim().default('UTC'),
    confirmed: ticked('Tick the box to confirm the delivery.'),
  })
  .transform((v, ctx) => {
    if (!isTimeZone(v.timeZone)) {
      ctx.addIssue({ code: 'custom', path: ['timeZone'], message: 'Choose a time zone from the list.' });
      return z.NEVER;
    }
    const deliveredAt = zonedLocalToUtc(v.deliveredAt, v.timeZone);
    if (!deliveredAt) {
      ctx.addIssue({ code: 'custom', path: ['deliveredAt'], message: 'Give the date and time of delivery, like 2027-03-01 17:00.' });
      return z.NEVER;
    }
    return { campaignId: v.campaignId, deliveredAt, deliveredTo: v.deliveredTo, method: v.method, note: v.note, link: v.link };
  });

/** Query string of the public final list and the API (GET forms work without JavaScript). */
export const finalListSearch = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  q: z.string().trim().max(200).catch('').default(''),
  country: z
    .string()
    .regex(/^([A-Z]{2}|none)?$/)
    .catch('')
    .default(''),
});

export const apiPagination = z.object({
  page: z.coerce.number({ error: 'page must be a whole number ≥ 1' }).int().min(1).max(1_000_000).default(1),
  perPage: z.coerce.number({ error: 'perPage must be a whole number from 1 to 500' }).int().min(1).max(500).default(100),
});
