'use server';

import type { FormState } from '@/lib/errors';
import { submitSignOnForm } from '@/lib/sign-ons/commands';
import { submitLetterForm } from '../form-submission';

/**
 * The embedded sign-on form's action: the same command as the letter page's, landing on the
 * embeddable "check your email" page so that the frame shows it (the letter page's own one
 * refuses to be framed). The post comes from this site's page inside the frame, so its Origin
 * is this site's and Next.js's check passes; signers have no session, so no cookie is needed.
 */
export async function signOnEmbedAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return submitLetterForm(submitSignOnForm, slug, formData, 'embed/check-email', 'signOn');
}
