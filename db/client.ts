import path from 'node:path';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import * as schema from './schema';

/** Both drivers expose the same drizzle query API; the postgres.js type stands for both. */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

type Handle = { db: Db; close: () => Promise<void>; kind: 'pglite' | 'postgres' };

// One handle per process: Next.js may load this module in several bundles, and two
// PGlite instances on one folder silently lose data.
const globalKey = Symbol.for('undersigned.db');
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<Handle> };
const g = globalThis as GlobalWithDb;

/**
 * Where the data is, read from the environment as lib/env.ts validates it at start (db/ knows no
 * rules and imports nothing from lib/): DATABASE_URL, else the PGlite folder.
 */
function databaseSettings(source: NodeJS.ProcessEnv = process.env): { DATABASE_URL?: string; PGLITE_DIR: string } {
  const value = (name: string) => source[name]?.trim() || undefined;
  return { DATABASE_URL: value('DATABASE_URL'), PGLITE_DIR: value('PGLITE_DIR') ?? '.data/pglite' };
}

async function open(): Promise<Handle> {
  const { DATABASE_URL, PGLITE_DIR } = databaseSettings();
  if (DATABASE_URL) {
    const postgres = (await import('postgres')).default;
    const client = postgres(DATABASE_URL, { max: 10, onnotice: () => {} });
    return { db: drizzlePostgres(client, { schema }), close: () => client.end(), kind: 'postgres' };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { btree_gist } = await import('@electric-sql/pglite/contrib/btree_gist');
  const dataDir = PGLITE_DIR === 'memory://' ? undefined : PGLITE_DIR;
  // PGlite makes its own folder but not the ones above it (a fresh clone has no .data/).
  if (dataDir) (await import('node:fs')).mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent, btree_gist } });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, close: () => client.close(), kind: 'pglite' };
}

async function handle(): Promise<Handle> {
  g[globalKey] ??= open();
  return g[globalKey];
}

/** The database, opened on first use so that `next build` never touches it. */
export async function getDb(): Promise<Db> {
  return (await handle()).db;
}

export async function dbKind(): Promise<Handle['kind']> {
  return (await handle()).kind;
}

export async function closeDb(): Promise<void> {
  const h = g[globalKey];
  if (!h) return;
  delete g[globalKey];
  await (await h).close();
}

/** Rows of a raw SQL query; the two drivers shape `execute` results differently. */
export async function selectRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export { schema };
