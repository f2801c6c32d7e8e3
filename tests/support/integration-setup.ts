import { afterAll, beforeAll } from 'vitest';
import { closeDb } from '@/db/client';
import { migrate } from '@/db/migrate';
import { createFreshDatabase } from '../../scripts/fresh-database.mjs';

// Without DATABASE_URL the integration tests run on an in-memory PGlite, new for every file.
process.env.PGLITE_DIR ??= 'memory://';
process.env.WORKER_IN_PROCESS = 'false';

// On a server, this file works on its own copy of the migrated database (made before the
// test file's modules load, so nothing reads the shared one).
const base = process.env.DATABASE_URL;
const fresh: { url: string; drop: () => Promise<void> } | null = base
  ? await createFreshDatabase(base, { suffix: 't', template: decodeURIComponent(new URL(base).pathname.slice(1)) })
  : null;
if (fresh) process.env.DATABASE_URL = fresh.url;

beforeAll(async () => {
  await migrate();
});

afterAll(async () => {
  await closeDb();
  await fresh?.drop();
});
