import { afterAll, beforeAll } from 'vitest';
import { closeDb } from '@/db/client';
import { migrate } from '@/db/migrate';

// Without DATABASE_URL the integration tests run on an in-memory PGlite.
process.env.PGLITE_DIR ??= 'memory://';
process.env.WORKER_IN_PROCESS = 'false';

beforeAll(async () => {
  await migrate();
});

afterAll(async () => {
  await closeDb();
});
