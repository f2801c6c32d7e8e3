import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formValues, rethrowNextControlFlow } from '@/lib/actions/validated-action';
import { toFormState, type FormState } from '@/lib/errors';
import { getLocalizedLetterPage } from '@/lib/campaigns/public-translations';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { clientIp } from '@/lib/security/client-ip';
import type { SubmitResult } from '@/lib/sign-ons/commands';
import { localizeFormState } from '@/lib/sign-ons/localized-errors';
import { HONEYPOT_FIELD } from '@/lib/sign-ons/schemas';
import { letterPath } from '@/lib/urls';

/**
 * Where a letter form used in `locale` lands (check-email, my-link/sent): the page of the
 * translation it was shown in, when the letter has one in that language, else the original's
 * (which speaks the letter's own language). A form in the letter's own language, the usual case,
 * costs no lookup; any other is read from the cached letter, a bot's post like a person's.
 */
export async function formLanding(result: SubmitResult, locale: Locale | undefined, sub: string): Promise<string> {
  const original = `${letterPath(result.slug)}/${sub}`;
  if (!locale || locale === result.language) return original;
  const shown = await getLocalizedLetterPage(result.slug, locale);
  return shown?.translation ? `${letterPath(result.slug)}/${shown.translation.locale}/${sub}` : original;
}

/** The language a form says it was shown in; none from a form that does not say (another site's). */
export const postedLocale = (value: unknown): Locale | undefined => (isLocale(value) ? value : undefined);

type SignerRequest = (form: Record<string, unknown>, slug: string, ctx: { ip: string }) => Promise<SubmitResult>;

/**
 * One of the letter's public forms (sign, send a new link, email my link), however it is
 * shown: the request goes to `command` with the caller's address, and the answer is the page
 * `landing` in the language the form was shown in, or the form again with its errors in that
 * language and what was typed (the honeypot left out).
 */
export async function submitLetterForm(
  command: SignerRequest,
  slug: string,
  formData: FormData,
  landing: string,
  errors: 'signOn' | 'newLink',
): Promise<FormState> {
  const locale = postedLocale(formData.get('locale'));
  const form = Object.fromEntries(formData.entries());
  try {
    const result = await command(form, slug, { ip: clientIp(await headers()) });
    redirect(await formLanding(result, locale, landing));
  } catch (error) {
    rethrowNextControlFlow(error);
    const values = formValues(formData);
    delete values[HONEYPOT_FIELD];
    return localizeFormState(toFormState(error, values), form, locale ?? 'en', errors);
  }
}
