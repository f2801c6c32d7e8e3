import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formValues, rethrowNextControlFlow } from '@/lib/actions/validated-action';
import { toFormState, type FormState } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/locales';
import { formLandingPath } from '@/lib/i18n/paths';
import { clientIp } from '@/lib/security/client-ip';
import type { SubmitResult } from '@/lib/sign-ons/commands';
import { localizeFormState } from '@/lib/sign-ons/localized-errors';
import { HONEYPOT_FIELD } from '@/lib/sign-ons/schemas';

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
  const locale = toLocale(formData.get('locale'));
  const form = Object.fromEntries(formData.entries());
  try {
    const result = await command(form, slug, { ip: clientIp(await headers()) });
    redirect(formLandingPath(result, locale, landing));
  } catch (error) {
    rethrowNextControlFlow(error);
    const values = formValues(formData);
    delete values[HONEYPOT_FIELD];
    return localizeFormState(toFormState(error, values), form, locale, errors);
  }
}
