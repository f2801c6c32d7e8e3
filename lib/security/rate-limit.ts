import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { env } from '../env';
import { DomainError } from '../errors';
import { canonicalEmail } from '../sign-ons/normalize';

export type RateLimitRule = { key: string; limit: number; windowMs: number };

/**
 * Hits every rule in one statement (so each counter sees the attempt) and throws rate_limited
 * if any is over. Rules are counted outside the caller's transaction on purpose: a rejected
 * attempt counts.
 */
export async function enforceRateLimits(db: DbOrTx, rules: RateLimitRule[], now = new Date()): Promise<void> {
  if (rules.length === 0) return;
  const windows = rules.map((rule) => ({
    key: rule.key,
    windowStart: new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs),
    count: 1,
  }));
  const rows = await db
    .insert(rateLimits)
    .values(windows)
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ key: rateLimits.key, count: rateLimits.count });
  const limitOf = new Map(rules.map((r) => [r.key, r.limit]));
  if (rows.some((row) => row.count > (limitOf.get(row.key) ?? Infinity))) {
    throw new DomainError('rate_limited', 'Too many attempts. Please wait a few minutes and try again.');
  }
}

export { purgeRateLimits } from './housekeeping';

/**
 * Benchmarks and browser tests act from one loopback address many times over:
 * BENCH_RATE_LIMIT_BYPASS lists addresses, or whole domains as "@domain", that skip the
 * sign-on and sign-in limits. Never set in production.
 */
export function bypassesRateLimits(address: string): boolean {
  const entries = (env().BENCH_RATE_LIMIT_BYPASS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const own = canonicalEmail(address);
  return entries.some((e) => (e.startsWith('@') ? own.endsWith(e) : canonicalEmail(e) === own));
}
