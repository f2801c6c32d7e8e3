import { z } from 'zod';
import { isCountryCode } from '../lists/countries';
import englishMessages from '@/messages/en.json';
import { locales } from '../i18n/locales';
import { cleanText, hasForbiddenChars } from './normalize';

const englishErrors = englishMessages.errors;

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

const raw = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : v);

/**
 * Field errors are catalog keys (the `errors` namespace of messages/*.json) with their values;
 * the schemas below are built once per language from them, English for the commands.
 */
export type ErrorMessages = (key: ErrorKey, values?: Record<string, string | number>) => string;
export type ErrorKey = keyof typeof englishErrors;
type FieldKey = keyof typeof englishErrors.fields;

/** Builds the sign-on schemas with messages in one language. */
export function buildSignOnSchemas(m: ErrorMessages, fieldName: (key: FieldKey) => string) {
  /** A one-line text: trimmed, whitespace collapsed, no control characters. */
  function line(key: FieldKey, max: number, required: boolean) {
    const label = fieldName(key);
    const tooLong = m('tooLong', { field: label, max });
    const base = z
      .string({ error: m('notText', { field: label }) })
      .refine(noForbidden, m('forbidden'))
      .transform(cleanText)
      .pipe(required ? z.string().min(1, m('required', { field: label.toLocaleLowerCase() })).max(max, tooLong) : z.string().max(max, tooLong));
    return z.preprocess(raw, base);
  }
  const optionalLine = (key: FieldKey, max: number) => line(key, max, false).transform((s) => s || null);

  const comment = z.preprocess(
    raw,
    z
      .string()
      .refine(noForbidden, m('forbidden'))
      .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
      .pipe(z.string().max(limits.comment, m('commentTooLong', { max: limits.comment })))
      .transform((s) => s || null),
  );

  const email = z.preprocess(
    raw,
    z
      .string()
      .trim()
      .min(1, m('emailRequired'))
      .max(limits.email, m('emailTooLong', { max: limits.email }))
      .pipe(z.email(m('emailInvalid'))),
  );

  const website = z.preprocess(
    raw,
    z
      .string()
      .trim()
      .max(limits.website, m('websiteTooLong', { max: limits.website }))
      .refine((s) => {
        if (!s) return true;
        try {
          const url = new URL(s);
          return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
        } catch {
          return false;
        }
      }, m('websiteInvalid'))
      .transform((s) => s || null),
  );

  /** The letter version the form was shown with; absent from scripted posts. */
  const versionSeen = z.preprocess(
    (v) => (v === '' || v == null ? undefined : v),
    z.coerce.number({ error: m('reload') }).int().positive().optional(),
  );

  /** The language the form was shown in; the signer's emails are written in it. Absent from scripted posts. */
  const locale = z.preprocess((v) => (v === '' || v == null ? undefined : v), z.enum(locales, { error: m('reload') }).optional());

  /** The token of an outreach invitation's personal link, when the form was opened from one (lib/outreach). */
  const invitation = z.preprocess(
    (v) => (typeof v === 'string' && v.trim() ? v.trim() : undefined),
    z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, m('invitationLink')).optional(),
  );

  const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

  const countryFor = (required: boolean) =>
    z.preprocess(
      raw,
      z
        .string()
        .trim()
        .refine((s) => (s ? s === INTERNATIONAL || isCountryCode(s) : !required), {
          message: required ? m('countryRequired') : m('countryInvalid'),
        })
        .refine((s) => required || s !== INTERNATIONAL, m('countryInvalid'))
        .transform((s) => (s && s !== INTERNATIONAL ? s : null)),
    );

  const organization = z.object({
    kind: z.literal('organization'),
    versionSeen,
    locale,
    invitation,
    displayName: line('organizationName', limits.displayName, true),
    acronym: optionalLine('acronym', limits.acronym),
    country: countryFor(true),
    website,
    contactName: line('contactName', limits.contactName, true),
    contactRole: line('contactRole', limits.contactRole, true),
    email,
    authorized: checkbox.refine((v) => v, m('authorized')),
    comment,
    keepInformed: checkbox,
  });

  const individual = z.object({
    kind: z.literal('individual'),
    versionSeen,
    locale,
    invitation,
    displayName: line('fullName', limits.displayName, true),
    title: optionalLine('titleOrAffiliation', limits.title),
    country: countryFor(false),
    email,
    comment,
    keepInformed: checkbox,
  });

  const signOn = z.discriminatedUnion('kind', [organization, individual], { error: m('kind') });
  return { organization, individual, signOn, newLink: z.object({ email }) };
}

type Values = Record<string, string | number> | undefined;
/** English messages without ICU machinery: these schemas run on every submission. */
const english: ErrorMessages = (key, values?: Values) => {
  const template = englishErrors[key] as string;
  return template
    .replace(/\{(\w+), number\}/g, (_, k: string) => Number(values?.[k]).toLocaleString('en'))
    .replace(/\{(\w+)\}/g, (_, k: string) => String(values?.[k] ?? ''));
};

const englishSchemas = buildSignOnSchemas(english, (key) => englishErrors.fields[key]);

export const organizationSignOnSchema = englishSchemas.organization;
export const individualSignOnSchema = englishSchemas.individual;
export const signOnSchema = englishSchemas.signOn;
export type SignOnInput = z.infer<typeof signOnSchema>;

/** The public fields a signer may edit from their status page (SPEC §4). */
export const organizationEditSchema = organizationSignOnSchema.pick({ displayName: true, acronym: true, country: true, website: true });
export const individualEditSchema = individualSignOnSchema.pick({ displayName: true, title: true, country: true });

export const newLinkSchema = englishSchemas.newLink;

/** The honeypot's field name: people never see it, naive bots fill it in. */
export const HONEYPOT_FIELD = 'homepage_url';
export const isHoneypotFilled = (form: Record<string, unknown>) =>
  typeof form[HONEYPOT_FIELD] === 'string' && (form[HONEYPOT_FIELD] as string).trim() !== '';
