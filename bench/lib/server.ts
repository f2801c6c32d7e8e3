import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const DIST_DIR = '.next-bench';

/** Builds into .next-bench/; BENCH_REUSE_BUILD=1 keeps an existing build (chaos then bench). */
export function build(): void {
  if (process.env.BENCH_REUSE_BUILD === '1' && existsSync(`${DIST_DIR}/BUILD_ID`)) return;
  const r = spawnSync('npx', ['next', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_DIST_DIR: DIST_DIR } });
  if (r.status !== 0) throw new Error('next build failed');
}

export type Server = { url: string; process: ChildProcess; stop: () => Promise<void>; rssMb: () => number };

/** Starts the production server (one Node process) and waits until it answers. */
export async function start(port: number, env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    // Emails stay in the outbox's development mailbox: a benchmark sends nothing anywhere.
    env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: DIST_DIR, EMAIL_DEV_MAILBOX: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${log}`);
    try {
      const r = await fetch(`${url}/letters`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    process: child,
    rssMb: () => processTreeRssMb(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process and its children, from /proc. */
export function processTreeRssMb(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      children.forEach((c) => visit(Number(c)));
    } catch {
      // process gone
    }
  };
  visit(pid);
  return total;
}

/** Samples the server's memory while `work` runs; returns the peak growth over the start. */
export async function peakGrowthMb<T>(server: Server, work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const base = server.rssMb();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, server.rssMb())), 20);
  try {
    const result = await work();
    peak = Math.max(peak, server.rssMb());
    return { result, growthMb: peak - base };
  } finally {
    clearInterval(timer);
  }
}
