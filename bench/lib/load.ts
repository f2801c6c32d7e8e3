import autocannon from 'autocannon';
import { summarize, type Figures } from './stats';

export type LoadOptions = {
  scenario: string;
  url: string;
  connections: number;
  seconds: number;
  /** Fixed arrival rate (requests per second over all connections); omit for max throughput. */
  rate?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Builds each request body (unique addresses, ...). */
  body?: () => string;
  /** Builds each request path (a token per request, ...). */
  path?: () => string;
  /** Status codes that count as success (default 2xx and 3xx). */
  ok?: (status: number) => boolean;
};

/** Runs autocannon and computes percentiles from every response time (autocannon has no p95). */
export async function load(options: LoadOptions): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  // What the errors were, so a table row says "HTTP 500 × 3" rather than just "3".
  const kinds = new Map<string, number>();
  const count = (kind: string, n = 1) => n > 0 && kinds.set(kind, (kinds.get(kind) ?? 0) + n);
  const ok = options.ok ?? ((s: number) => s >= 200 && s < 400);
  let done!: (r: autocannon.Result) => void;
  let failed!: (e: unknown) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((done = resolve), (failed = reject)));
  const instance = autocannon(
    {
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    overallRate: options.rate,
    method: options.method ?? 'GET',
    headers: options.headers,
    requests:
      options.body || options.path
        ? [
            {
              setupRequest: (req: Record<string, unknown>) => ({
                ...req,
                ...(options.body ? { body: options.body() } : {}),
                ...(options.path ? { path: options.path() } : {}),
              }),
            },
          ]
        : undefined,
    } as autocannon.Options,
    (err, result) => (err ? failed(err) : done(result)),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (ok(statusCode)) latencies.push(responseTime);
    else {
      errors++;
      count(`HTTP ${statusCode}`);
    }
  });
  const result = await finished;
  // autocannon counts timeouts among its errors.
  errors += result.errors;
  count('timeout', result.timeouts);
  count('connection error', result.errors - result.timeouts);
  const figures = summarize(options.scenario, latencies, options.seconds, errors);
  return kinds.size ? { ...figures, note: [...kinds].map(([k, n]) => `${k} × ${n}`).join(', ') } : figures;
}

/**
 * A GET load from a process of its own (the autocannon command line), for crowds too large to
 * share an event loop with another load: 500 connections reading 45 KB pages keep one process
 * busy, and a second load in it would measure its own waiting, not the server. Percentiles come
 * from autocannon's histogram, whose nearest to p95 is p97.5.
 */
export async function loadInChild(options: { scenario: string; url: string; connections: number; seconds: number }): Promise<Figures> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['node_modules/autocannon/autocannon.js', '--json', '-c', String(options.connections), '-d', String(options.seconds), options.url], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  await new Promise((resolve) => child.on('exit', resolve));
  const r = JSON.parse(out) as {
    latency: { p50: number; p97_5: number; p99: number };
    requests: { total: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  const errors = r.errors + r.non2xx;
  const notes = [r.timeouts ? `timeout × ${r.timeouts}` : '', r.non2xx ? `non-2xx × ${r.non2xx}` : '', 'p95 column: p97.5']
    .filter(Boolean)
    .join(', ');
  return {
    scenario: options.scenario,
    throughput: (r.requests.total - errors) / options.seconds,
    p50: r.latency.p50,
    p95: r.latency.p97_5,
    p99: r.latency.p99,
    errors,
    count: r.requests.total,
    note: notes,
  };
}
