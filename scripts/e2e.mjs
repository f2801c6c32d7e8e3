// Builds the production server and runs the Playwright suite against it, on a fresh
// database: DATABASE_URL when set (the caller provides a fresh one), otherwise a new
// PGlite folder.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { requireChromium } from './chromium.mjs';
import { createFreshDatabase } from './fresh-database.mjs';

requireChromium();
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
process.env.E2E_DATA_DIR ??= '.data-e2e';
rmSync(process.env.E2E_DATA_DIR, { recursive: true, force: true });

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

if (!process.env.E2E_SKIP_BUILD) {
  const built = run('npx', ['next', 'build']);
  if (built !== 0) process.exit(built);
}

// On a PostgreSQL server the suite gets a database of its own, so the server seeds the demo
// into an empty one whatever the other suites left behind.
const fresh = process.env.DATABASE_URL ? await createFreshDatabase(process.env.DATABASE_URL, { suffix: 'e2e' }) : null;
if (fresh) process.env.DATABASE_URL = fresh.url;
let status;
try {
  if (fresh) {
    const migrated = run('npx', ['tsx', '--conditions=react-server', 'scripts/migrate.ts']);
    if (migrated !== 0) process.exit(migrated);
  }
  status = run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
} finally {
  await fresh?.drop();
}
process.exit(status);
