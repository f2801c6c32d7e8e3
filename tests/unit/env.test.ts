import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { devMailboxEnabled, parseEnv } from '@/lib/env';

describe('settings', () => {
  it('names a malformed setting', () => {
    expect(() => parseEnv({ NODE_ENV: 'development', DATABASE_URL: 'mysql://x' } as NodeJS.ProcessEnv)).toThrow(
      /DATABASE_URL: must be a postgres/,
    );
    expect(() => parseEnv({ NODE_ENV: 'development', APP_URL: 'not a url' } as NodeJS.ProcessEnv)).toThrow(/APP_URL/);
  });

  const withEmail = { RESEND_API_KEY: 're_test' };

  it('requires AUTH_SECRET for a production server, whatever the database', () => {
    expect(() =>
      parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://localhost/x', ...withEmail } as NodeJS.ProcessEnv),
    ).toThrow(/AUTH_SECRET: required in production/);
    expect(() => parseEnv({ NODE_ENV: 'production', ...withEmail } as NodeJS.ProcessEnv)).toThrow(
      /AUTH_SECRET: required in production/,
    );
  });

  it('refuses a production server that has neither an email provider nor the development mailbox', () => {
    const production = { NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) } as NodeJS.ProcessEnv;
    expect(() => parseEnv(production)).toThrow(/RESEND_API_KEY: required in production.*EMAIL_DEV_MAILBOX=true/);
    expect(parseEnv({ ...production, EMAIL_DEV_MAILBOX: 'true' }).EMAIL_DEV_MAILBOX).toBe('true');
    expect(parseEnv({ ...production, ...withEmail }).RESEND_API_KEY).toBe('re_test');
  });

  it('keeps the development mailbox to next dev, or to an explicit setting, and never beside a provider', () => {
    const mailbox = (s: Partial<Parameters<typeof devMailboxEnabled>[0]>) =>
      devMailboxEnabled({ NODE_ENV: 'development', RESEND_API_KEY: undefined, EMAIL_DEV_MAILBOX: undefined, ...s });
    expect(mailbox({})).toBe(true);
    expect(mailbox({ NODE_ENV: 'production' })).toBe(false);
    expect(mailbox({ NODE_ENV: 'production', EMAIL_DEV_MAILBOX: 'true' })).toBe(true);
    expect(mailbox({ EMAIL_DEV_MAILBOX: 'false' })).toBe(false);
    expect(mailbox({ RESEND_API_KEY: 're_test', EMAIL_DEV_MAILBOX: 'true' })).toBe(false);
  });

  it('generates a development secret once, under .data/, never beside an in-memory database', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'env-'));
    const source = { NODE_ENV: 'development', PGLITE_DIR: 'memory://' } as NodeJS.ProcessEnv;
    const first = parseEnv(source, dir).AUTH_SECRET;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(parseEnv(source, dir).AUTH_SECRET).toBe(first);
    expect(readFileSync(path.join(dir, '.data', 'auth-secret'), 'utf8')).toBe(first);
    expect(readdirSync(dir)).toEqual(['.data']);
  });
});
