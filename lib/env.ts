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
  /**
   * Keep emails in the development mailbox at /dev/mailbox instead of sending them. On by
   * default under `next dev` without RESEND_API_KEY; a production server needs it set
   * explicitly (demos, browser tests), because anyone can read the mailbox.
   */
  EMAIL_DEV_MAILBOX: optional(z.enum(['true', 'false'])),
  /**
   * How many proxies in front of the app append to X-Forwarded-For and can be trusted
   * (0: none, the connection's own address is the client's). See docs/decisions.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Backstop: sign-ons awaiting confirmation that one letter accepts per minute, from everyone. */
  SIGN_ON_CEILING_PER_MINUTE: z.coerce.number().int().min(1).default(600),
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

/** The generated development secret lives with the local data, never in the repository. */
function devSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function parseEnv(source: NodeJS.ProcessEnv, cwd = process.cwd()): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`Invalid settings:\n${lines.join('\n')}\nSee the settings table in README.md.`);
  }
  const env = result.data;
  const problems: string[] = [];
  // A production server without a stable secret would sign people out on every restart, and
  // one written to disk by the app could end up in an image or a repository.
  if (!env.AUTH_SECRET && env.NODE_ENV === 'production') {
    problems.push('  AUTH_SECRET: required in production (at least 32 characters)');
  }
  if (env.NODE_ENV === 'production' && !env.RESEND_API_KEY && env.EMAIL_DEV_MAILBOX !== 'true') {
    problems.push(
      '  RESEND_API_KEY: required in production to send email; or set EMAIL_DEV_MAILBOX=true to keep every ' +
        'email in a public development mailbox (demos and tests only)',
    );
  }
  if (problems.length > 0) throw new Error(`Invalid settings:\n${problems.join('\n')}\nSee the settings table in README.md.`);
  const secret = env.AUTH_SECRET ?? devSecret(path.join(cwd, '.data'));
  return { ...env, AUTH_SECRET: secret };
}

let cached: Env | undefined;

/** Settings, read and validated once per process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * Whether emails stay in the development mailbox (and /dev/mailbox exists): never with an
 * email provider; otherwise explicitly, or by default outside a production server.
 */
export function devMailboxEnabled(settings: Pick<Env, 'NODE_ENV' | 'RESEND_API_KEY' | 'EMAIL_DEV_MAILBOX'>): boolean {
  if (settings.RESEND_API_KEY) return false;
  if (settings.EMAIL_DEV_MAILBOX) return settings.EMAIL_DEV_MAILBOX === 'true';
  return settings.NODE_ENV !== 'production';
}

export const usesDevMailbox = () => devMailboxEnabled(env());
