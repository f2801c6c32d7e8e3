import 'server-only';
import { eq } from 'drizzle-orm';
import type { NextAuthConfig } from 'next-auth';
import type { EmailConfig } from 'next-auth/providers/email';
import { getDb } from '@/db/client';
import { coordinators } from '@/db/schema';
import { commit, event, outcome, runCommand } from '../events';
import { env } from '../env';
import { hashToken, newToken } from '../security/tokens';
import { absoluteUrl } from '../urls';
import { hashedSessionAdapter } from './adapter';

/** Sign-in links expire after 10 minutes (SPEC §9). */
export const SIGN_IN_LINK_MINUTES = 10;
export const AUTH_BASE_PATH = '/api/auth';

async function findCoordinatorByEmail(email: string | null | undefined) {
  if (!email) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: coordinators.id, locale: coordinators.locale })
    .from(coordinators)
    .where(eq(coordinators.email, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

/**
 * The link in the email opens our confirmation page, not Auth.js's callback: mail scanners
 * that fetch every link would otherwise use up the single-use token before the person does.
 */
export function confirmUrl(params: { token: string; email: string; callbackUrl: string }): string {
  return absoluteUrl(`/sign-in/confirm?${new URLSearchParams(params)}`);
}

class Discard extends Error {}

/**
 * Sends a link only to known coordinators. For anyone else the same insert runs and is rolled
 * back, so the answer takes as long either way (no enumeration by timing, SPEC §9).
 */
async function sendVerificationRequest({ identifier, token, url }: { identifier: string; token: string; url: string }) {
  const coordinator = await findCoordinatorByEmail(identifier);
  const callbackUrl = new URL(url).searchParams.get('callbackUrl') ?? '/dashboard';
  const requested = event({
    type: 'email.requested',
    campaignId: null,
    actor: { type: 'system' },
    data: {},
    emails: [
      {
        template: 'coordinator-sign-in',
        to: identifier,
        props: { url: confirmUrl({ token, email: identifier, callbackUrl }), expiresInMinutes: SIGN_IN_LINK_MINUTES },
        idempotencyKey: `coordinator-sign-in:${coordinator?.id ?? 'none'}:${hashToken(token).slice(0, 32)}`,
        locale: coordinator?.locale,
      },
    ],
  });
  await runCommand(async (tx) => {
    if (coordinator) return outcome(undefined, [requested]);
    await commit(tx, [requested]);
    throw new Discard();
  }).catch((error: unknown) => {
    if (!(error instanceof Discard)) throw error;
  });
}

const emailProvider: EmailConfig = {
  id: 'email',
  type: 'email',
  name: 'Email',
  maxAge: SIGN_IN_LINK_MINUTES * 60,
  sendVerificationRequest,
  options: {},
};

/** Auth.js settings, built on first request so that `next build` reads no settings. */
export function authConfig(): NextAuthConfig {
  return {
    secret: env().AUTH_SECRET,
    trustHost: true,
    basePath: AUTH_BASE_PATH,
    adapter: hashedSessionAdapter(),
    providers: [emailProvider],
    session: {
      strategy: 'database',
      maxAge: 7 * 24 * 3600,
      updateAge: 24 * 3600,
      // Auth.js's default (a UUID) carries 122 random bits; SPEC §9 asks for at least 128.
      generateSessionToken: newToken,
    },
    pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email', error: '/sign-in' },
    callbacks: {
      async signIn({ user, email }) {
        // Asking for a link must answer the same for everyone (no enumeration); whether a
        // link is sent is decided in sendVerificationRequest.
        if (email?.verificationRequest) return true;
        return (await findCoordinatorByEmail(user.email)) !== null;
      },
      // Only what a page needs: with the database strategy Auth.js passes the session row too,
      // and its raw token must never reach JavaScript (the cookie is HttpOnly for a reason).
      session({ session, user }) {
        return { user: { id: user.id, email: user.email, name: user.name ?? null }, expires: session.expires } as never;
      },
    },
    logger: {
      // Auth.js logs expected refusals (expired links, strangers) as errors; keep their names only.
      error(error) {
        console.warn(`[auth] ${(error as { type?: string }).type ?? error.name}`);
      },
    },
  };
}
