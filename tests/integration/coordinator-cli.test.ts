import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The operator's command, run as `npm run coordinator` runs it, on its own PGlite folder.
const dir = mkdtempSync(path.join(tmpdir(), 'undersigned-cli-'));
const pgliteDir = path.join(dir, 'pglite');

function run(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir, NODE_ENV: 'development' };
  delete env.DATABASE_URL;
  const result = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/coordinator.ts', ...args], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run coordinator', () => {
  it('adds a coordinator once, on a database it migrates first', async () => {
    const first = run('add', 'New.Person@Example.org', '--name', 'New Person');
    expect(first.out).toContain('Added coordinator new.person@example.org');
    expect(first.code).toBe(0);
    const again = run('add', 'new.person@example.org');
    expect(again.out).toContain('already a coordinator');
    expect(again.code).toBe(0);

    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(pgliteDir);
    const { rows } = await db.query<{ email: string; name: string }>('select email, name from coordinators');
    await db.close();
    expect(rows).toEqual([{ email: 'new.person@example.org', name: 'New Person' }]);
    // Each run starts tsx and an embedded database: slow on a busy two-core machine.
  }, 240_000);

  it('explains a bad address or bad usage without touching the database', () => {
    const bad = run('add', 'not-an-address');
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('Enter a valid email address');
    expect(bad.out).toContain('not-an-address');
    const usage = run('remove', 'a@example.org');
    expect(usage.code).toBe(2);
    expect(usage.out).toContain('Usage: npm run coordinator -- add EMAIL [--name NAME]');
  });
});
