import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

describe('settings', () => {
  it('names a malformed setting', () => {
    expect(() => parseEnv({ NODE_ENV: 'development', DATABASE_URL: 'mysql://x' } as NodeJS.ProcessEnv)).toThrow(
      /DATABASE_URL: must be a postgres/,
    );
    expect(() => parseEnv({ NODE_ENV: 'development', APP_URL: 'not a url' } as NodeJS.ProcessEnv)).toThrow(/APP_URL/);
  });

  it('requires AUTH_SECRET for a production server', () => {
    expect(() =>
      parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://localhost/x' } as NodeJS.ProcessEnv),
    ).toThrow(/AUTH_SECRET: required in production/);
  });

  it('generates a development secret once and keeps it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'env-'));
    const source = { NODE_ENV: 'development', PGLITE_DIR: path.join(dir, 'pglite') } as NodeJS.ProcessEnv;
    const first = parseEnv(source).AUTH_SECRET;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(parseEnv(source).AUTH_SECRET).toBe(first);
    expect(readFileSync(path.join(dir, 'auth-secret'), 'utf8')).toBe(first);
  });
});
