import { z } from 'zod';
import { campaignId } from '../campaigns/schemas';
import { locales } from '../i18n/locales';
import { letterFields } from './schemas';

/** A translation carries the same fields, with the same limits, as the original. */
export const saveTranslationSchema = z.object({
  campaignId,
  locale: z.enum(locales, { error: 'Choose one of the languages offered.' }),
  ...letterFields,
  /** The version of the original the coordinator translated from (the one the editor showed). */
  basedOnVersion: z.coerce.number().int().min(1),
});
export type SaveTranslationInput = z.infer<typeof saveTranslationSchema>;
