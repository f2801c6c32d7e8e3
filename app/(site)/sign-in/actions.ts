'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { publicAccess, validatedAction } from '@/lib/actions/validated-action';
import { requestSignInLink, safeCallbackPath } from '@/lib/auth/sign-in';
import { coordinatorEmail } from '@/lib/coordinators/schemas';
import { clientIp } from '@/lib/security/client-ip';

const schema = z.object({ email: coordinatorEmail, callbackUrl: z.string().optional() });

/** The same answer for every valid address: whether it belongs to a coordinator stays private. */
export const requestSignInAction = validatedAction({ schema, authorize: publicAccess }, async ({ email, callbackUrl }) => {
  await requestSignInLink(email, safeCallbackPath(callbackUrl), clientIp(await headers()));
  redirect('/sign-in/check-email');
});
