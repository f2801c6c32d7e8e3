import { z } from 'zod';
import { approvalPolicies, listFormats, listOrders } from '@/db/enums';
import { isTimeZone, zonedLocalToUtc } from './deadline';
import { slugFromTitle } from './slug';

export const campaignId = z.uuid({ error: 'Unknown campaign.' });

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Use at least 3 characters.')
  .max(80, 'Keep the address under 80 characters.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens, like "clean-water-2027".');

export const languageSchema = z
  .string()
  .trim()
  .min(2, 'Give a language tag such as en, fr or pt-BR.')
  .max(35)
  .refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, 'Give a language tag such as en, fr or pt-BR.')
  .transform((tag) => Intl.getCanonicalLocales(tag)[0]!);

/** Slugs as created: anything else names no letter and need not reach the database. */
export const isWellFormedSlug = (slug: string) => slug.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);

/** PostgreSQL text cannot hold NUL; lone surrogates cannot be encoded. */
export const storableText = (s: string) => !s.includes('\u0000') && s.isWellFormed();
export const unstorableMessage = 'Remove invisible control characters.';

export const titleSchema = z
  .string()
  .trim()
  .min(3, 'Give the letter a title.')
  .max(300, 'Keep the title under 300 characters.')
  .refine(storableText, unstorableMessage);

/**
 * A campaign from its title; the web address is made from the title when left empty (the form
 * fills it in as the title is typed, and works without JavaScript too).
 */
export const createCampaignSchema = z
  .object({
    title: titleSchema,
    slug: z.string().trim().max(200).default(''),
    language: languageSchema.default('en'),
  })
  .transform((v, ctx) => {
    const derived = v.slug === '';
    const candidate = derived ? slugFromTitle(v.title) || `letter-${Date.now().toString(36)}` : v.slug;
    const slug = slugSchema.safeParse(candidate);
    if (!slug.success) {
      for (const issue of slug.error.issues) ctx.addIssue({ code: 'custom', path: ['slug'], message: issue.message });
      return z.NEVER;
    }
    return { title: v.title, slug: slug.data, language: v.language, slugDerived: derived };
  });
export type CreateCampaignInput = { title: string; slug: string; language: string; slugDerived?: boolean };

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

export const settingsSchema = z
  .object({
    campaignId,
    deadline: z.string().trim().default(''),
    deadlineTimeZone: z.string().trim().default('UTC'),
    approvalPolicy: z.enum(approvalPolicies, { error: 'Choose an approval policy.' }),
    listFormat: z.enum(listFormats, { error: 'Choose a list format.' }),
    listOrder: z.enum(listOrders, { error: 'Choose an order for the list.' }).default('alphabetical'),
    liveList: checkbox,
    notifyRejected: checkbox,
  })
  .transform((v, ctx) => {
    if (!isTimeZone(v.deadlineTimeZone)) {
      ctx.addIssue({ code: 'custom', path: ['deadlineTimeZone'], message: 'Choose a time zone from the list.' });
      return z.NEVER;
    }
    let deadline: Date | null = null;
    if (v.deadline) {
      deadline = zonedLocalToUtc(v.deadline, v.deadlineTimeZone);
      if (!deadline) {
        ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'Give a date and time, like 2027-03-01 17:00.' });
        return z.NEVER;
      }
    }
    return { ...v, deadline, deadlineTimeZone: deadline ? v.deadlineTimeZone : null };
  });
export type SettingsInput = z.infer<typeof settingsSchema>;

export const transitionSchema = z.object({ campaignId, event: z.enum(['open', 'close', 'reopen']) });

/** Deleting asks for the letter's web address, typed out, so nobody deletes the wrong one. */
export const deleteCampaignSchema = z.object({ campaignId, confirmSlug: z.string().trim().max(200).default('') });
export type DeleteCampaignInput = z.infer<typeof deleteCampaignSchema>;

export const erasePrivateDataSchema = deleteCampaignSchema;
