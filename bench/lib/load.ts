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
