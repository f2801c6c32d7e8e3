import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deliveryFormSchema, lockFormSchema } from '@/lib/lists/schemas';

const campaignId = '7d1f6a5e-3c2b-4e8f-9a10-1b2c3d4e5f60';

const fieldErrors = (result: { success: boolean; error?: z.ZodError }) =>
  result.error ? (z.flattenError(result.error).fieldErrors as Record<string, string[]>) : {};

describe('lock confirmation form', () => {
  it('needs the "I understand" tick', () => {
    expect(lockFormSchema.safeParse({ campaignId, understood: 'on' }).success).toBe(true);
    const missing = lockFormSchema.safeParse({ campaignId });
    expect(fieldErrors(missing).understood).toEqual(['Tick the box to confirm that the list becomes final.']);
  });
});

describe('delivery form', () => {
  const form = {
    campaignId,
    deliveredAt: '2026-03-01T17:00',
    timeZone: 'Europe/Amsterdam',
    deliveredTo: '  Minister of Water  ',
    method: 'in_person',
    note: '',
    link: '',
    confirmed: 'on',
  };

  it('reads the wall-clock time in the chosen time zone', () => {
    const parsed = deliveryFormSchema.parse(form);
    expect(parsed.deliveredAt.toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(parsed).toMatchObject({ deliveredTo: 'Minister of Water', method: 'in_person', note: null, link: null });
    expect(deliveryFormSchema.parse({ ...form, deliveredAt: '2026-07-01T17:00' }).deliveredAt.toISOString()).toBe('2026-07-01T15:00:00.000Z');
  });

  it('explains each problem next to its field', () => {
    const result = deliveryFormSchema.safeParse({ ...form, deliveredTo: ' ', method: 'pigeon', link: 'javascript:alert(1)', confirmed: undefined });
    expect(fieldErrors(result)).toMatchObject({
      deliveredTo: ['Say to whom the letter was delivered'],
      method: ['Choose how the letter was delivered'],
      link: ['Enter a web address starting with http:// or https://'],
      confirmed: ['Tick the box to confirm the delivery.'],
    });
  });

  it('refuses a time it cannot place', () => {
    expect(fieldErrors(deliveryFormSchema.safeParse({ ...form, deliveredAt: 'yesterday' })).deliveredAt).toEqual([
      'Give the date and time of delivery, like 2027-03-01 17:00.',
    ]);
    expect(fieldErrors(deliveryFormSchema.safeParse({ ...form, timeZone: 'Mars/Olympus' })).timeZone).toEqual(['Choose a time zone from the list.']);
  });
});
