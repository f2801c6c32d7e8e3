'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formValues, rethrowNextControlFlow } from '@/lib/actions/validated-action';
import { toFormState, type FormState } from '@/lib/errors';
import { clientIp } from '@/lib/security/client-ip';
import { submitSignOnForm } from '@/lib/sign-ons/commands';
import { HONEYPOT_FIELD } from '@/lib/sign-ons/schemas';
import { embedCheckEmailPath } from '@/lib/urls';

/**
 * The embedded sign-on form's action: the same command as the letter page's, landing on the
 * embeddable "check your email" page so that the frame shows it (the letter page's own one
 * refuses to be framed). The post comes from this site's page inside the frame, so its Origin
 * is this site's and Next.js's check passes; signers have no session, so no cookie is needed.
 */
export async function signOnEmbedAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const ip = clientIp(await headers());
    const result = await submitSignOnForm(Object.fromEntries(formData.entries()), slug, { ip });
    redirect(embedCheckEmailPath(result.slug));
  } catch (error) {
    rethrowNextControlFlow(error);
    const values = formValues(formData);
    delete values[HONEYPOT_FIELD];
    return toFormState(error, values);
  }
}
