import englishMessages from '@/messages/en.json';
import type { FormState } from '../errors';
import { defaultLocale, type Locale } from '../i18n/locales';
import { translatorFor } from '../i18n/translator';
import { buildSignOnSchemas, type ErrorKey } from './schemas';

type Schemas = ReturnType<typeof buildSignOnSchemas>;
const built = new Map<Locale, Schemas>();

/** The sign-on schemas with their messages in one language (built once per language). */
export function signOnSchemasFor(locale: Locale): Schemas {
  let schemas = built.get(locale);
  if (!schemas) {
    const t = translatorFor(locale, 'errors');
    schemas = buildSignOnSchemas(
      (key, values) => t(key as Exclude<ErrorKey, 'fields'>, values),
      (key) => t(`fields.${key}`),
    );
    built.set(locale, schemas);
  }
  return schemas;
}

/** The catalog key of an English message the commands give, if it has one. */
const keyOfEnglish = new Map(
  Object.entries(englishMessages.errors)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !entry[1].includes('{'))
    .map(([key, message]) => [message, key as Exclude<ErrorKey, 'fields'>]),
);

/**
 * A failed submission's answer in the signer's language. The commands check in English; the
 * same form is checked again here with the language's schema for its field messages, and any
 * message the catalogs know is swapped for its translation. Unknown messages stay as they are.
 */
export function localizeFormState(state: FormState, form: Record<string, unknown>, locale: Locale, which: 'signOn' | 'newLink'): FormState {
  if (state.status !== 'error' || locale === defaultLocale) return state;
  const t = translatorFor(locale, 'errors');
  const key = keyOfEnglish.get(state.message);
  const message = key ? t(key) : state.message;
  if (!state.fieldErrors) return { ...state, message };
  const parsed = signOnSchemasFor(locale)[which].safeParse(form);
  if (parsed.success) return { ...state, message };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'kind');
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { ...state, message: t('correctFields'), fieldErrors };
}
