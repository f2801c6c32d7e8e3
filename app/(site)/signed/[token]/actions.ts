'use server';

import { redirect } from 'next/navigation';
import { formValues, rethrowNextControlFlow } from '@/lib/actions/validated-action';
import { toFormState, type FormState } from '@/lib/errors';
import { editSignOn, withdrawSignOn } from '@/lib/sign-ons/commands';
import { signerStatusUrl } from '@/lib/sign-ons/paths';

/** The private link is the signer's only credential; the command checks it on every call. */
export async function editSignOnAction(token: string, _prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await editSignOn(token, Object.fromEntries(formData.entries()));
    redirect(signerStatusUrl(token, 'saved'));
  } catch (error) {
    rethrowNextControlFlow(error);
    return toFormState(error, formValues(formData));
  }
}

export async function withdrawSignOnAction(token: string): Promise<FormState> {
  try {
    await withdrawSignOn(token);
    redirect(signerStatusUrl(token, 'withdrawn'));
  } catch (error) {
    rethrowNextControlFlow(error);
    return toFormState(error);
  }
}
