import 'server-only';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { lt } from 'drizzle-orm';
import type { Adapter } from 'next-auth/adapters';
import { getDb } from '@/db/client';
import { accounts, coordinators, sessions, verificationTokens } from '@/db/schema';
import { hashToken } from '../security/tokens';

let inner: Promise<Adapter> | undefined;

function base(): Promise<Adapter> {
  inner ??= getDb().then((db) =>
    DrizzleAdapter(db, {
      usersTable: coordinators,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    } as never),
  );
  return inner;
}

type Method = keyof Adapter;

/** Defers to the Drizzle adapter, opened lazily because the database is (see db/client.ts). */
function forward<K extends Method>(name: K) {
  return (async (...args: unknown[]) => {
    const adapter = await base();
    const fn = adapter[name] as ((...a: unknown[]) => unknown) | undefined;
    if (!fn) throw new Error(`adapter method ${String(name)} missing`);
    return fn.apply(adapter, args);
  }) as NonNullable<Adapter[K]>;
}

/**
 * The Drizzle adapter with session tokens stored as SHA-256 hashes: the cookie carries the
 * token, the database only its hash, so a leaked sessions table signs nobody in (SPEC §9).
 */
export function hashedSessionAdapter(): Adapter {
  return {
    createUser: forward('createUser'),
    getUser: forward('getUser'),
    getUserByEmail: forward('getUserByEmail'),
    getUserByAccount: forward('getUserByAccount'),
    updateUser: forward('updateUser'),
    deleteUser: forward('deleteUser'),
    linkAccount: forward('linkAccount'),
    unlinkAccount: forward('unlinkAccount'),
    async createVerificationToken(token) {
      const adapter = await base();
      // Expired links are useless; clearing them here keeps the table small without a job.
      await (await getDb()).delete(verificationTokens).where(lt(verificationTokens.expires, new Date()));
      return adapter.createVerificationToken!(token);
    },
    useVerificationToken: forward('useVerificationToken'),
    async createSession(session) {
      const adapter = await base();
      const created = await adapter.createSession!({ ...session, sessionToken: hashToken(session.sessionToken) });
      // Auth.js puts the returned token in the cookie: hand back the raw one.
      return { ...created, sessionToken: session.sessionToken };
    },
    async getSessionAndUser(sessionToken) {
      const adapter = await base();
      const found = await adapter.getSessionAndUser!(hashToken(sessionToken));
      if (!found) return null;
      return { ...found, session: { ...found.session, sessionToken } };
    },
    async updateSession(session) {
      const adapter = await base();
      const updated = await adapter.updateSession!({ ...session, sessionToken: hashToken(session.sessionToken) });
      return updated ? { ...updated, sessionToken: session.sessionToken } : updated;
    },
    async deleteSession(sessionToken) {
      const adapter = await base();
      await adapter.deleteSession!(hashToken(sessionToken));
    },
  };
}
