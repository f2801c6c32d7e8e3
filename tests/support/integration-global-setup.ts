import postgres from 'postgres';

/**
 * On a PostgreSQL server, migrate the given database once; every test file then works on a
 * copy of it (tests/support/integration-setup.ts), so files never see each other's rows.
 */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  process.env.WORKER_IN_PROCESS = 'false';
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(client), { migrationsFolder: 'db/migrations' });
  } finally {
    await client.end();
  }
}
