import { z } from 'zod';
import { isCountryCode } from '../lists/countries';
import { cleanText, forbiddenCharsMessage, hasForbiddenChars } from '../sign-ons/normalize';

const noForbidden = (s: string) => !hasForbiddenChars(s);

/** Most entries one import may write; longer lists are split into several imports. */
export const MAX_IMPORT_ENTRIES = 5000;

const optionalText = (max: number) =>
  z
    .string()
    .refine(noForbidden, forbiddenCharsMessage)
    .transform(cleanText)
    .pipe(z.string().max(max, `At most ${max} characters.`))
    .nullish()
    .transform((v) => (v ? v : null));

/** One entry as the preview hands it to the import (SPEC §4 limits). */
export const importEntrySchema = z.object({
  kind: z.enum(['organization', 'individual']),
  name: z.string().refine(noForbidden, forbiddenCharsMessage).transform(cleanText).pipe(z.string().min(1, 'A name is required.').max(200, 'At most 200 characters.')),
  acronym: optionalText(20),
  title: optionalText(300),
  country: z
    .string()
    .nullish()
    .transform((v) => (v ? v.toUpperCase() : null))
    .refine((v) => v === null || isCountryCode(v), 'Choose a country from the list.'),
  /** The pasted line(s), kept with the sign-on so it can be traced back. */
  line: z.string().max(5000).transform((s) => s.toWellFormed().replace(/\u0000/g, '\uFFFD')).nullish(),
});

export const importEntriesSchema = z.object({
  campaignId: z.uuid(),
  entries: z.array(importEntrySchema).min(1, 'Nothing to import.').max(MAX_IMPORT_ENTRIES, `At most ${MAX_IMPORT_ENTRIES} entries at once.`),
});

export const undoImportSchema = z.object({ batchId: z.uuid() });
