import path from 'node:path';
import { getDb, dbKind } from './client';

const migrationsFolder = path.join(process.cwd(), 'db/migrations');

/** Applies pending migrations; safe to call on every start. */
export async function migrate(): Promise<void> {
  const db = await getDb();
  if ((await dbKind()) === 'pglite') {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(db as never, { migrationsFolder });
  } else {
    const { migrate: run } = await import('drizzle-orm/postgres-js/migrator');
    await run(db, { migrationsFolder });
  }
}
