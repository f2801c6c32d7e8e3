import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Email = { to: string | string[]; subject: string; html?: string; text?: string; headers?: Record<string, string> };

/**
 * What the fake does with a request: 'ok' accepts it; 'fail-500' / 'fail-429' refuse it
 * untouched; 'lost-500' accepts and sends it, then answers 500 as if the response got lost
 * (only a stable Idempotency-Key keeps the retry from sending it twice).
 */
export type Behaviour = 'ok' | 'fail-500' | 'fail-429' | 'lost-500';

export type FakeResend = {
  url: string;
  /** Emails really sent, per message reference (X-Entity-Ref-ID). */
  deliveries: Map<string, number>;
  /** Every Idempotency-Key that came with each message reference, over all attempts. */
  keysByMessage: Map<string, Set<string>>;
  requests: { path: string; key: string | null; size: number; status: number }[];
  close: () => Promise<void>;
};

/** A loopback stand-in for the Resend API (POST /emails and /emails/batch) with idempotency keys. */
export async function startFakeResend(decide: (req: { path: string; n: number; emails: Email[] }) => Behaviour): Promise<FakeResend> {
  const deliveries = new Map<string, number>();
  const keysByMessage = new Map<string, Set<string>>();
  const requests: FakeResend['requests'] = [];
  const remembered = new Map<string, { status: number; body: unknown }>();
  let n = 0;

  const reply = (res: ServerResponse, status: number, body: unknown, path: string, key: string | null, size: number) => {
    requests.push({ path, key, size, status });
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = req.url ?? '';
    const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
    if (req.method !== 'POST' || (path !== '/emails' && path !== '/emails/batch')) {
      return reply(res, 404, { statusCode: 404, name: 'not_found', message: 'Not found' }, path, key, 0);
    }
    if (req.headers.authorization !== 'Bearer re_test_key') {
      return reply(res, 401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key' }, path, key, 0);
    }
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Email | Email[];
    const emails = Array.isArray(parsed) ? parsed : [parsed];
    for (const email of emails) {
      const ref = email.headers?.['X-Entity-Ref-ID'] ?? '(none)';
      if (!keysByMessage.has(ref)) keysByMessage.set(ref, new Set());
      keysByMessage.get(ref)!.add(key ?? '(none)');
    }
    if (key && remembered.has(key)) {
      const earlier = remembered.get(key)!;
      return reply(res, earlier.status, earlier.body, path, key, emails.length);
    }
    const behaviour = decide({ path, n: n++, emails });
    if (behaviour === 'fail-500') {
      return reply(res, 500, { statusCode: 500, name: 'internal_server_error', message: 'Try again' }, path, key, emails.length);
    }
    if (behaviour === 'fail-429') {
      return reply(res, 429, { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests' }, path, key, emails.length);
    }
    for (const email of emails) {
      const ref = email.headers?.['X-Entity-Ref-ID'] ?? '(none)';
      deliveries.set(ref, (deliveries.get(ref) ?? 0) + 1);
    }
    const ids = emails.map(() => ({ id: randomUUID() }));
    const body = path === '/emails/batch' ? { data: ids } : ids[0];
    if (key) remembered.set(key, { status: 200, body });
    if (behaviour === 'lost-500') {
      return reply(res, 500, { statusCode: 500, name: 'internal_server_error', message: 'Lost response' }, path, key, emails.length);
    }
    return reply(res, 200, body, path, key, emails.length);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deliveries,
    keysByMessage,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
