// `npm test`: unit and integration tests (Vitest), then end-to-end tests (Playwright),
// then one line with the totals over every suite.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { requireChromium } from './chromium.mjs';
import { printTotals } from './test-totals.mjs';

// Fail before spending minutes on the other suites: the end-to-end tests never skip.
requireChromium();

const resultsDir = process.env.TEST_RESULTS_DIR ?? '.test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const vitest = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsDir}/vitest.json`,
]);
const e2e = run('node', ['scripts/e2e.mjs'], { E2E_JSON_REPORT: `${resultsDir}/e2e.json` });

const totals = printTotals(resultsDir);
process.exit(vitest !== 0 || e2e !== 0 || totals.failed > 0 || totals.passed === 0 ? 1 : 0);
