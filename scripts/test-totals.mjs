import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function countPlaywright(suites, acc) {
  for (const suite of suites ?? []) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const last = test.results?.at(-1)?.status;
        if (test.status === 'skipped') acc.skipped++;
        else if (last === 'passed' && test.status === 'expected') acc.passed++;
        else acc.failed++;
      }
    }
    countPlaywright(suite.suites, acc);
  }
}

/** Sums Vitest and Playwright JSON reports in a folder. */
export function totals(dir) {
  const acc = { passed: 0, failed: 0, skipped: 0 };
  if (!existsSync(dir)) return acc;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    if ('numPassedTests' in report) {
      acc.passed += report.numPassedTests;
      acc.failed += report.numFailedTests + (report.numRuntimeErrors ?? 0);
      acc.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      // A file that failed to load has no tests but must not pass silently.
      acc.failed += (report.testResults ?? []).filter((r) => r.status === 'failed' && r.assertionResults?.length === 0).length;
    } else if (report.suites) {
      countPlaywright(report.suites, acc);
      acc.failed += (report.errors ?? []).length;
    }
  }
  return acc;
}

export function printTotals(...dirs) {
  const sum = { passed: 0, failed: 0, skipped: 0 };
  for (const dir of dirs) {
    const t = totals(dir);
    sum.passed += t.passed;
    sum.failed += t.failed;
    sum.skipped += t.skipped;
  }
  console.log(`${sum.passed} passed, ${sum.failed} failed${sum.skipped ? `, ${sum.skipped} skipped` : ''}`);
  return sum;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = printTotals(...process.argv.slice(2));
  process.exit(t.failed > 0 ? 1 : 0);
}
