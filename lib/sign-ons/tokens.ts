import 'server-only';
import { randomUUID } from 'node:crypto';
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

/**
 * The two links of a verification email, a confirmation token and a status token, in one
 * insert: the sign-on form's transaction is short, and this is its busiest path.
 */
export async function issueVerificationLinks(tx: DbOrTx, signOnId: string): Promise<{ verifyId: string; confirmUrl: string; statusUrl: string }> {
  const verify = { id: randomUUID(), token: newToken() };
  const access = newToken();
  await tx.insert(signOnTokens).values([
    { id: verify.id, signOnId, purpose: 'verify', tokenHash: hashToken(verify.token), expiresAt: new Date(Date.now() + VERIFY_TOKEN_TTL_MS) },
    { signOnId, purpose: 'access', tokenHash: hashToken(access), expiresAt: null },
  ]);
  return { verifyId: verify.id, confirmUrl: absoluteUrl(verifyPath(verify.token)), statusUrl: absoluteUrl(statusPath(access)) };
}
