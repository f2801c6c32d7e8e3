'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { publicAccess, validatedAction } from '@/lib/actions/validated-action';
import { requestSignInLink, safeCallbackPath } from '@/lib/auth/sign-in';
import { coordinatorEmail } from '@/lib/coordinators/schemas';

const schema = z.object({ email: coordinatorEmail, callbackUrl: z.string().optional() });

/** The same answer for every valid address: whether it belongs to a coordinator stays private. */
export const requestSignInAction = validatedAction({ schema, authorize: publicAccess }, async ({ email, callbackUrl }) => {
  await requestSignInLink(email, safeCallbackPath(callbackUrl));
  redirect('/sign-in/check-email');
});
