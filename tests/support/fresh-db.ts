import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';

/** A new, empty, migrated in-memory database, for tests that need one to themselves. */
export async function withFreshDatabase<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const client = await PGlite.create({ extensions: { pg_trgm, unaccent, btree_gist } });
  try {
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: path.join(process.cwd(), 'db/migrations') });
    return await fn(db as unknown as Db);
  } finally {
    await client.close();
  }
}
