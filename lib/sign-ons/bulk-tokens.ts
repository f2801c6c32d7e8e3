import 'server-only';
import type { DbOrTx } from '@/db/client';
import { signOnTokens } from '@/db/schema';
import { hashToken, newToken } from '../security/tokens';
import { absoluteUrl } from '../urls';
import { statusPath } from './tokens';

/** Fresh status links for many signers in one insert (bulk decisions, delivery emails). */
export async function issueStatusUrls(tx: DbOrTx, signOnIds: string[]): Promise<string[]> {
  if (signOnIds.length === 0) return [];
  const tokens = signOnIds.map(() => newToken());
  await tx
    .insert(signOnTokens)
    .values(signOnIds.map((signOnId, i) => ({ signOnId, purpose: 'access' as const, tokenHash: hashToken(tokens[i]!) })));
  return tokens.map((t) => absoluteUrl(statusPath(t)));
}
