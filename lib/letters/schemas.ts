import { z } from 'zod';
import { campaignId, slugSchema, storableText, titleSchema, unstorableMessage } from '../campaigns/schemas';

const block = (max: number, label: string) =>
  z
    .string()
    .default('')
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(max, `Keep the ${label} under ${max.toLocaleString('en')} characters.`).refine(storableText, unstorableMessage));

export const letterFields = {
  title: titleSchema,
  dateLine: block(200, 'date line'),
  addressees: block(2000, 'addressees'),
  body: block(50_000, 'body').pipe(z.string().min(1, 'Write the body of the letter.')),
  closing: block(300, 'closing'),
  cc: block(2000, 'CC block'),
  individualsFootnote: block(1000, 'footnote'),
};

export type LetterText = { [K in keyof typeof letterFields]: string };
export const letterFieldNames = Object.keys(letterFields) as (keyof LetterText)[];

export const saveLetterSchema = z.object({
  campaignId,
  ...letterFields,
  /** The version the editor started from: saving over someone else's newer version is a conflict. */
  baseVersion: z.coerce.number().int().min(1),
  /** Only while draft; ignored afterwards. */
  slug: slugSchema.optional(),
  changeKind: z.enum(['minor', 'substantive']).optional(),
  changeNote: z.string().trim().max(500, 'Keep the note under 500 characters.').refine(storableText, unstorableMessage).default(''),
});
export type SaveLetterInput = z.infer<typeof saveLetterSchema>;
