import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optional(
    z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }),
  ),
  PGLITE_DIR: z.string().default('.data/pglite'),
  APP_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).default('http://localhost:3000'),
  AUTH_SECRET: optional(z.string().min(32, 'must be at least 32 characters')),
  RESEND_API_KEY: optional(z.string()),
  RESEND_BASE_URL: optional(z.url()),
  EMAIL_FROM: z.string().default('Undersigned <letters@undersigned.local>'),
  /** Seed the demo campaign into an empty database at start (default on for PGlite). */
  SEED_DEMO: optional(z.enum(['true', 'false'])),
  /** Run the email worker inside the web server process. */
  WORKER_IN_PROCESS: z.enum(['true', 'false']).default('true'),
  /** Addresses or @domains whose sign-ons skip rate limits; only for npm run bench / chaos. */
  BENCH_RATE_LIMIT_BYPASS: optional(z.string()),
  /** Comma-separated names of well-known people whose sign-ons get a "double-check" warning. */
  MODERATION_WATCH_LIST: optional(z.string()),
});

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string };

function devSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`Invalid settings:\n${lines.join('\n')}\nSee the settings table in README.md.`);
  }
  const env = result.data;
  let secret = env.AUTH_SECRET;
  if (!secret) {
    // A production server without a stable secret would sign people out on every restart.
    if (env.NODE_ENV === 'production' && env.DATABASE_URL) {
      throw new Error('Invalid settings:\n  AUTH_SECRET: required in production (at least 32 characters)');
    }
    secret = devSecret(path.dirname(path.resolve(env.PGLITE_DIR)));
  }
  return { ...env, AUTH_SECRET: secret };
}

let cached: Env | undefined;

/** Settings, read and validated once per process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export const usesPglite = () => !env().DATABASE_URL;
export const usesDevMailbox = () => !env().RESEND_API_KEY;
