import { z } from 'zod';
import { isCountryCode } from '../lists/countries';
import { cleanText, forbiddenCharsMessage, hasForbiddenChars } from './normalize';

/** SPEC §4 limits; the form shows them and the schema enforces them. */
export const limits = {
  displayName: 200,
  acronym: 20,
  title: 300,
  website: 300,
  contactName: 200,
  contactRole: 200,
  email: 254,
  comment: 2000,
} as const;

/** The picker's value for organizations that work across countries (stored as null). */
export const INTERNATIONAL = 'international';

const noForbidden = (s: string) => !hasForbiddenChars(s);
const forbiddenMessage = forbiddenCharsMessage;

const raw = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : v);

/** A one-line text: trimmed, whitespace collapsed, no control characters. */
function line(label: string, max: number, required: boolean) {
  const base = z
    .string({ error: `${label} must be text.` })
    .refine(noForbidden, forbiddenMessage)
    .transform(cleanText)
    .pipe(
      required
        ? z.string().min(1, `Enter the ${label.toLowerCase()}.`).max(max, `${label} must be at most ${max} characters.`)
        : z.string().max(max, `${label} must be at most ${max} characters.`),
    );
  return z.preprocess(raw, base);
}

const optionalLine = (label: string, max: number) => line(label, max, false).transform((s) => s || null);

const comment = z.preprocess(
  raw,
  z
    .string()
    .refine(noForbidden, forbiddenMessage)
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(limits.comment, `The comment must be at most ${limits.comment} characters.`))
    .transform((s) => s || null),
);

const email = z.preprocess(
  raw,
  z
    .string()
    .trim()
    .min(1, 'Enter your email address.')
    .max(limits.email, `The email address must be at most ${limits.email} characters.`)
    .pipe(z.email('Enter a valid email address, like name@example.org.')),
);

const website = z.preprocess(
  raw,
  z
    .string()
    .trim()
    .max(limits.website, `The website must be at most ${limits.website} characters.`)
    .refine((s) => {
      if (!s) return true;
      try {
        const url = new URL(s);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
      } catch {
        return false;
      }
    }, 'Enter a web address starting with https:// or http://.')
    .transform((s) => s || null),
);

/** The letter version the form was shown with; absent from scripted posts. */
const versionSeen = z.preprocess(
  (v) => (v === '' || v == null ? undefined : v),
  z.coerce.number({ error: 'Reload the page and sign again.' }).int().positive().optional(),
);

/** The token of an outreach invitation's personal link, when the form was opened from one (lib/outreach). */
const invitation = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() ? v.trim() : undefined),
  z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Open the link from your invitation again.').optional(),
);

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

const countryFor = (required: boolean) =>
  z.preprocess(
    raw,
    z
      .string()
      .trim()
      .refine((s) => (s ? s === INTERNATIONAL || isCountryCode(s) : !required), {
        message: required ? 'Choose a country, or “International / no single country”.' : 'Choose a country from the list.',
      })
      .refine((s) => required || s !== INTERNATIONAL, 'Choose a country from the list.')
      .transform((s) => (s && s !== INTERNATIONAL ? s : null)),
  );

export const organizationSignOnSchema = z.object({
  kind: z.literal('organization'),
  versionSeen,
  invitation,
  displayName: line('Organization name', limits.displayName, true),
  acronym: optionalLine('Acronym', limits.acronym),
  country: countryFor(true),
  website,
  contactName: line('Contact name', limits.contactName, true),
  contactRole: line('Contact role', limits.contactRole, true),
  email,
  authorized: checkbox.refine((v) => v, 'Confirm that you are authorized to sign for this organization.'),
  comment,
  keepInformed: checkbox,
});

export const individualSignOnSchema = z.object({
  kind: z.literal('individual'),
  versionSeen,
  invitation,
  displayName: line('Full name', limits.displayName, true),
  title: optionalLine('Title or affiliation', limits.title),
  country: countryFor(false),
  email,
  comment,
  keepInformed: checkbox,
});

export const signOnSchema = z.discriminatedUnion('kind', [organizationSignOnSchema, individualSignOnSchema], {
  error: 'Choose whether you sign for an organization or as an individual.',
});
export type SignOnInput = z.infer<typeof signOnSchema>;

/** The public fields a signer may edit from their status page (SPEC §4). */
export const organizationEditSchema = organizationSignOnSchema.pick({ displayName: true, acronym: true, country: true, website: true });
export const individualEditSchema = individualSignOnSchema.pick({ displayName: true, title: true, country: true });

export const newLinkSchema = z.object({ email });

/** The honeypot's field name: people never see it, naive bots fill it in. */
export const HONEYPOT_FIELD = 'homepage_url';
export const isHoneypotFilled = (form: Record<string, unknown>) =>
  typeof form[HONEYPOT_FIELD] === 'string' && (form[HONEYPOT_FIELD] as string).trim() !== '';
