import 'server-only';
import type { DbOrTx } from '@/db/client';
import { signOnTokens } from '@/db/schema';
import { hashToken, newToken } from '../security/tokens';
import { absoluteUrl } from '../urls';
import { VERIFY_TOKEN_TTL_MS } from './lifecycle';

/** Public paths of the signer's private pages; the token in them is the only credential. */
export const verifyPath = (token: string) => `/verify/${token}`;
export const statusPath = (token: string) => `/signed/${token}`;
export const withdrawPath = (token: string) => `/signed/${token}/withdraw`;

/**
 * Issues a token for a sign-on and returns the raw value (to put in an email); the database
 * keeps only its hash, so every email that carries a link issues a fresh token.
 */
export async function issueSignOnToken(
  tx: DbOrTx,
  signOnId: string,
  purpose: 'verify' | 'access',
): Promise<{ token: string; id: string }> {
  const token = newToken();
  const [row] = await tx
    .insert(signOnTokens)
    .values({
      signOnId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: purpose === 'verify' ? new Date(Date.now() + VERIFY_TOKEN_TTL_MS) : null,
    })
    .returning({ id: signOnTokens.id });
  return { token, id: row!.id };
}

/** A fresh private status link for a signer email. */
export async function issueStatusUrl(tx: DbOrTx, signOnId: string): Promise<{ statusUrl: string; withdrawUrl: string }> {
  const { token } = await issueSignOnToken(tx, signOnId, 'access');
  return { statusUrl: absoluteUrl(statusPath(token)), withdrawUrl: absoluteUrl(withdrawPath(token)) };
}
