'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formValues, rethrowNextControlFlow } from '@/lib/actions/validated-action';
import { toFormState, type FormState } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/locales';
import { letterSubpagePath } from '@/lib/i18n/paths';
import { clientIp } from '@/lib/security/client-ip';
import { submitSignOnForm } from '@/lib/sign-ons/commands';
import { localizeFormState } from '@/lib/sign-ons/localized-errors';
import { HONEYPOT_FIELD } from '@/lib/sign-ons/schemas';

/**
 * The embedded sign-on form's action: the same command as the letter page's, landing on the
 * embeddable "check your email" page in the form's language so that the frame shows it (the
 * letter page's own one refuses to be framed). The post comes from this site's page inside the
 * frame, so its Origin is this site's and Next.js's check passes; signers have no session, so
 * no cookie is needed.
 */
export async function signOnEmbedAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = toLocale(formData.get('locale'));
  const form = Object.fromEntries(formData.entries());
  try {
    const ip = clientIp(await headers());
    const result = await submitSignOnForm(form, slug, { ip });
    redirect(letterSubpagePath(result.slug, locale, 'embed/check-email'));
  } catch (error) {
    rethrowNextControlFlow(error);
    const values = formValues(formData);
    delete values[HONEYPOT_FIELD];
    return localizeFormState(toFormState(error, values), form, locale, 'signOn');
  }
}
