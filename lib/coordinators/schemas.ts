import { z } from 'zod';
import { memberRoles } from '@/db/enums';

/** Coordinator addresses are kept lower-cased, as Auth.js normalizes the address typed at sign-in. */
export const normalizeCoordinatorEmail = (email: string) => email.normalize('NFKC').trim().toLowerCase();

export const coordinatorEmail = z
  .string()
  .trim()
  .max(254, 'That address is too long.')
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.org.' }))
  .transform(normalizeCoordinatorEmail);

export const coordinatorName = z
  .string()
  .trim()
  .max(120, 'Keep the name under 120 characters.')
  .transform((v) => (v === '' ? null : v));

export const roleSchema = z.enum(memberRoles, { error: 'Choose owner or editor.' });

/** A checkbox: present ("on") when ticked, absent otherwise. */
export const digestPreferenceSchema = z.object({
  digest: z
    .literal('on')
    .optional()
    .transform((v) => v === 'on'),
});
