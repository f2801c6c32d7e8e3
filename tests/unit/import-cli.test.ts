import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script';

const fixture = 'tests/fixtures/signatories-mixed.txt';
const sentence = '10 organizations and 2 individuals from 7 countries';

describe('npm run import (no database)', () => {
  it('prints the preview table and, as its last line, the summary sentence', async () => {
    const { code, stdout, stderr } = await runScript('import.ts', [fixture]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(sentence);
    expect(lines[0]).toMatch(/^#\s+kind\s+name\s+acronym\s+title\s+country\s+flags\s+line$/);
    expect(stdout).toMatch(/Centre for Example Studies\s+CES\s+KE\s+duplicate_in_paste/);
    expect(stdout).toMatch(/Example Valley Voices, Kashmir\s+country_not_recognised/);
    expect(stdout).toMatch(/individual\s+Jane Placeholder\s+Professor of Environmental La/);
  }, 60_000);

  it('prints exactly one JSON object with --json, reading standard input for "-"', async () => {
    const { code, stdout } = await runScript('import.ts', ['--json', '-'], {
      input: readFileSync(path.resolve(__dirname, '../..', fixture), 'utf8'),
    });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      entries: Record<string, unknown>[];
      summary: Record<string, number>;
      duplicates: number;
    };
    expect(Object.keys(report)).toEqual(['entries', 'summary', 'duplicates']);
    expect(report.summary).toEqual({ organizations: 10, individuals: 2, countries: 7 });
    expect(report.duplicates).toBe(1);
    expect(report.entries).toHaveLength(13);
    for (const entry of report.entries) {
      expect(Object.keys(entry)).toEqual(['kind', 'name', 'acronym', 'title', 'country', 'flags', 'line']);
    }
    expect(report.entries[8]).toEqual({
      kind: 'organization',
      name: 'Example Delta Trust',
      acronym: null,
      title: null,
      country: 'GH',
      flags: [],
      line: '9. Example Delta Trust\nGhana',
    });
    expect(report.entries[11]).toMatchObject({
      kind: 'individual',
      name: 'Jane Placeholder',
      title: 'Professor of Environmental Law, University of Example',
      country: 'KE',
    });
  }, 60_000);

  it('fails clearly on a missing file or bad flags', async () => {
    const missing = await runScript('import.ts', ['no-such-list.txt']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No such file: no-such-list.txt');

    const unknown = await runScript('import.ts', ['--frobnicate', fixture]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage: npm run import');

    const commit = await runScript('import.ts', ['--commit', fixture]);
    expect(commit.code).toBe(2);
    expect(commit.stderr).toContain('--commit needs --campaign SLUG.');

    const none = await runScript('import.ts', []);
    expect(none.code).toBe(2);
  }, 60_000);
});
