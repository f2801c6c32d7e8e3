import 'server-only';
import { Auth, raw, skipCSRFCheck } from '@auth/core';
import { getDb } from '@/db/client';
import { isDomainError } from '../errors';
import { env } from '../env';
import { clientIp } from '../security/client-ip';
import { readFormBody } from '../security/form-body';
import { bypassesRateLimits, enforceRateLimits } from '../security/rate-limit';
import { coordinatorEmail } from '../coordinators/schemas';
import { AUTH_BASE_PATH, authConfig } from './config';

/** Only paths on this site may follow sign-in; anything else falls back to the dashboard. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value) return '/dashboard';
  try {
    const base = new URL(env().APP_URL);
    const url = new URL(value, base);
    if (url.origin !== base.origin) return '/dashboard';
    return `${url.pathname}${url.search}`;
  } catch {
    return '/dashboard';
  }
}

/**
 * Runs Auth.js's email sign-in for an address. The caller gives the same answer whatever
 * happens here: whether the address belongs to a coordinator is never revealed, and only a
 * coordinator gets an email (see sendVerificationRequest in config.ts).
 */
export async function requestSignInLink(email: string, callbackPath: string, ip = 'unknown'): Promise<void> {
  // The same limits for every address, so hitting one says nothing about who is a coordinator.
  if (!bypassesRateLimits(email)) {
    await enforceRateLimits(await getDb(), [
      { key: `sign-in:address:${email}`, limit: 5, windowMs: 15 * 60_000 },
      { key: `sign-in:ip:${ip}`, limit: 30, windowMs: 15 * 60_000 },
    ]);
  }
  const appUrl = env().APP_URL.replace(/\/$/, '');
  const request = new Request(`${appUrl}${AUTH_BASE_PATH}/signin/email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, callbackUrl: `${appUrl}${safeCallbackPath(callbackPath)}` }),
  });
  try {
    await Auth(request, { ...authConfig(), raw, skipCSRFCheck } as never);
  } catch (error) {
    // A failure must not show in the answer either; it is logged for the operator.
    console.error('[auth] sign-in request failed', error);
  }
}

/**
 * Auth.js's own `POST /api/auth/signin/email` would send a link past the limits above; it goes
 * through requestSignInLink instead, so every way to ask for a link has the same limits and the
 * same answer for known and unknown addresses.
 */
export async function answerSignInEndpoint(request: Request): Promise<Response> {
  const appUrl = env().APP_URL.replace(/\/$/, '');
  const to = (path: string) => Response.redirect(`${appUrl}${path}`, 303);
  let form: Record<string, string>;
  try {
    form = await readFormBody(request, 8 * 1024);
  } catch {
    return new Response('Send the form with an email field.', { status: 400 });
  }
  const parsed = coordinatorEmail.safeParse(form.email ?? '');
  if (!parsed.success) return to('/sign-in?error=Verification');
  try {
    await requestSignInLink(parsed.data, safeCallbackPath(form.callbackUrl), clientIp(request.headers));
  } catch (error) {
    if (isDomainError(error) && error.code === 'rate_limited') return to('/sign-in?error=RateLimited');
    throw error;
  }
  return to('/sign-in/check-email');
}
