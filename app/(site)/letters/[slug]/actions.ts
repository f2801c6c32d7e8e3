'use server';

import type { FormState } from '@/lib/errors';
import { requestNewVerificationLink, requestStatusLink, submitSignOnForm } from '@/lib/sign-ons/commands';
import { submitLetterForm } from './form-submission';

/** The sign-on form's action (public: the command does every check). */
export async function signOnAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return submitLetterForm(submitSignOnForm, slug, formData, 'check-email', 'signOn');
}

/** "Send me a new link" on an expired or used confirmation page: the same answer for every address. */
export async function newLinkAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return submitLetterForm(requestNewVerificationLink, slug, formData, 'check-email', 'newLink');
}

/** "Email me my link" for a signer who lost their private link: the same answer for every address. */
export async function statusLinkAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return submitLetterForm(requestStatusLink, slug, formData, 'my-link/sent', 'newLink');
}
