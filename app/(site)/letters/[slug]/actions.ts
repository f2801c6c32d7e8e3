'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formValues, rethrowNextControlFlow } from '@/lib/actions/validated-action';
import { toFormState, type FormState } from '@/lib/errors';
import { toLocale, type Locale } from '@/lib/i18n/locales';
import { letterSubpagePath } from '@/lib/i18n/paths';
import { clientIp } from '@/lib/security/client-ip';
import { requestNewVerificationLink, requestStatusLink, submitSignOnForm } from '@/lib/sign-ons/commands';
import { localizeFormState } from '@/lib/sign-ons/localized-errors';
import { HONEYPOT_FIELD } from '@/lib/sign-ons/schemas';

function keptValues(formData: FormData) {
  const values = formValues(formData);
  delete values[HONEYPOT_FIELD];
  return values;
}

/** The language the form was shown in (a hidden field); pages in the original language send none or 'en'. */
const formLocale = (formData: FormData): Locale => toLocale(formData.get('locale'));

/** The sign-on form's action (public: the command does every check). */
export async function signOnAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const form = Object.fromEntries(formData.entries());
  try {
    const ip = clientIp(await headers());
    const result = await submitSignOnForm(form, slug, { ip });
    redirect(letterSubpagePath(result.slug, locale, 'check-email'));
  } catch (error) {
    rethrowNextControlFlow(error);
    return localizeFormState(toFormState(error, keptValues(formData)), form, locale, 'signOn');
  }
}

type LinkRequest = (form: Record<string, unknown>, slug: string, ctx: { ip: string }) => Promise<{ slug: string }>;

/** Asks a command to email a link, then shows the page that answers the same for every address. */
async function emailLink(request: LinkRequest, sentPath: (slug: string, locale: Locale) => string, slug: string, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const form = Object.fromEntries(formData.entries());
  try {
    const ip = clientIp(await headers());
    const result = await request(form, slug, { ip });
    redirect(sentPath(result.slug, locale));
  } catch (error) {
    rethrowNextControlFlow(error);
    return localizeFormState(toFormState(error, keptValues(formData)), form, locale, 'newLink');
  }
}

/** "Send me a new link" on an expired or used confirmation page. */
export async function newLinkAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return emailLink(requestNewVerificationLink, (s, l) => letterSubpagePath(s, l, 'check-email'), slug, formData);
}

/** "Email me my link" for a signer who lost their private link. */
export async function statusLinkAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return emailLink(requestStatusLink, (s, l) => letterSubpagePath(s, l, 'my-link/sent'), slug, formData);
}
