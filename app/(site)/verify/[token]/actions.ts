'use server';

import { redirect } from 'next/navigation';
import { rethrowNextControlFlow } from '@/lib/actions/validated-action';
import { toFormState, type FormState } from '@/lib/errors';
import { verifySignOn } from '@/lib/sign-ons/commands';
import { signerStatusUrl } from '@/lib/sign-ons/paths';

/** The confirmation button: the only thing that spends a verification link. */
export async function confirmSignOnAction(token: string): Promise<FormState> {
  try {
    const { accessToken } = await verifySignOn(token);
    redirect(signerStatusUrl(accessToken, 'confirmed'));
  } catch (error) {
    rethrowNextControlFlow(error);
    return toFormState(error);
  }
}
