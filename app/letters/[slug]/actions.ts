'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formValues, rethrowNextControlFlow } from '@/lib/actions/validated-action';
import { toFormState, type FormState } from '@/lib/errors';
import { clientIp } from '@/lib/security/client-ip';
import { requestNewVerificationLink, requestStatusLink, submitSignOnForm } from '@/lib/sign-ons/commands';
import { HONEYPOT_FIELD } from '@/lib/sign-ons/schemas';
import { checkEmailPath, letterPath } from '@/lib/urls';

function keptValues(formData: FormData) {
  const values = formValues(formData);
  delete values[HONEYPOT_FIELD];
  return values;
}

/** The sign-on form's action (public: the command does every check). */
export async function signOnAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const ip = clientIp(await headers());
    const result = await submitSignOnForm(Object.fromEntries(formData.entries()), slug, { ip });
    redirect(checkEmailPath(result.slug));
  } catch (error) {
    rethrowNextControlFlow(error);
    return toFormState(error, keptValues(formData));
  }
}

type LinkRequest = (form: Record<string, unknown>, slug: string, ctx: { ip: string }) => Promise<{ slug: string }>;

/** Asks a command to email a link, then shows the page that answers the same for every address. */
async function emailLink(request: LinkRequest, sentPath: (slug: string) => string, slug: string, formData: FormData): Promise<FormState> {
  try {
    const ip = clientIp(await headers());
    const result = await request(Object.fromEntries(formData.entries()), slug, { ip });
    redirect(sentPath(result.slug));
  } catch (error) {
    rethrowNextControlFlow(error);
    return toFormState(error, keptValues(formData));
  }
}

/** "Send me a new link" on an expired or used confirmation page. */
export async function newLinkAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return emailLink(requestNewVerificationLink, checkEmailPath, slug, formData);
}

/** "Email me my link" for a signer who lost their private link. */
export async function statusLinkAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return emailLink(requestStatusLink, (s) => `${letterPath(s)}/my-link/sent`, slug, formData);
}
