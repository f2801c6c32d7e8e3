'use server';

import { formValues, rethrowNextControlFlow } from '@/lib/actions/validated-action';
import { toFormState, type FormState } from '@/lib/errors';
import { optOut } from '@/lib/outreach/commands';

/** The opt-out button (public: the link's token is the credential, and the command checks it). */
export async function optOutAction(token: string, _prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const { already } = await optOut(token);
    return { status: 'success', message: already ? 'You had opted out already. We will not write to you about this letter again.' : 'Done. We will not write to you about this letter again.' };
  } catch (error) {
    rethrowNextControlFlow(error);
    return toFormState(error, formValues(formData));
  }
}
