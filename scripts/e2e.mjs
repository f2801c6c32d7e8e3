// Builds the production server and runs the Playwright suite against it, on a fresh
// database: DATABASE_URL when set (the caller provides a fresh one), otherwise a new
// PGlite folder.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { requireChromium } from './chromium.mjs';

requireChromium();
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
process.env.E2E_DATA_DIR ??= '.data-e2e';
rmSync(process.env.E2E_DATA_DIR, { recursive: true, force: true });

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

if (!process.env.E2E_SKIP_BUILD) {
  const built = run('npx', ['next', 'build']);
  if (built !== 0) process.exit(built);
}
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
