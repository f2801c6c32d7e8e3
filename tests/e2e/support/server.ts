import { spawn, type ChildProcess } from 'node:child_process';
import { expect } from '@playwright/test';

/**
 * A port for an extra server, offset from the suite's own (E2E_PORT), so that suites run side
 * by side on one machine never reach for the same port.
 */
export const extraPort = (offset: number) => Number(process.env.E2E_PORT ?? 3100) + offset;

export type ExtraServer = { url: string; child: ChildProcess; exited: Promise<number | null>; output: () => string };

/**
 * Another production server of this build (`next start`), with the suite's environment and
 * these settings on top (undefined removes one): for tests of settings and of several servers.
 */
export function startServer(port: number, settings: Record<string, string | undefined>): ExtraServer {
  const env = {} as NodeJS.ProcessEnv;
  for (const [k, v] of Object.entries({ ...process.env, NODE_ENV: 'production', ...settings })) if (v !== undefined) env[k] = v;
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { url: `http://127.0.0.1:${port}`, child, exited, output: () => output };
}

/** Waits until the server answers a page. */
export async function untilReady(server: ExtraServer, path = '/letters') {
  await expect
    .poll(async () => (await fetch(`${server.url}${path}`).catch(() => null))?.status, {
      timeout: 90_000,
      message: `server at ${server.url} did not start`,
    })
    .toBe(200);
}
