import { createHash } from 'node:crypto';
import { Resend } from 'resend';
import { devMailboxEnabled, type Env } from '../env';

/** One rendered message, ready for a provider. */
export type Delivery = {
  id: string;
  template: string;
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  /** The outbox row's key: the same on every attempt. */
  idempotencyKey: string;
};

export type SendFailure = {
  ok: false;
  error: string;
  /** Worth trying again later (rate limit, provider or network trouble). */
  retryable: boolean;
  /** The provider asked us to wait at least this long (Retry-After). */
  retryAfterMs?: number;
};
export type SendResult = { ok: true; providerId: string | null } | SendFailure;
export type BatchResult = { ok: true; providerIds: (string | null)[] } | SendFailure;

export interface Transport {
  readonly name: 'mailbox' | 'resend' | (string & {});
  /** Most messages one request may carry; 1 means the transport has no batch endpoint. */
  readonly maxBatch: number;
  send(message: Delivery): Promise<SendResult>;
  /** All or nothing: either every message in the batch was accepted or none was. */
  sendBatch?(messages: Delivery[], idempotencyKey: string): Promise<BatchResult>;
}

/**
 * Development transport: "delivering" is storing the rendered message in its outbox row
 * (the worker does that for every transport), where /dev/mailbox shows it.
 */
export const mailboxTransport: Transport = {
  name: 'mailbox',
  maxBatch: 1,
  send: async () => ({ ok: true, providerId: null }),
};

/** Resend accepts idempotency keys of up to 256 characters. */
export const providerKey = (key: string) =>
  key.length <= 256 ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;

/** The Idempotency-Key of a batch request, derived only from which messages it carries. */
export function batchKeyFor(messageIds: string[]): string {
  const digest = createHash('sha256').update([...messageIds].sort().join('\n')).digest('base64url');
  return `batch/${digest}`;
}

type ResendError = { message?: string; statusCode?: number | null; name?: string };

function failure(error: ResendError, headers: Record<string, string> | null): SendFailure {
  const status = error.statusCode ?? null;
  const message = `${status ?? 'network'} ${error.name ?? 'error'}: ${error.message ?? 'no message'}`;
  // No status: the request may not have reached Resend (or its answer got lost); 429: slow
  // down; 5xx: Resend's trouble; 409: an identical request is still in flight. 401/403 mean a
  // bad key, which an operator can fix without anyone losing their email. Other 4xx would
  // fail the same way every time.
  const retryable = status === null || status === 429 || status === 409 || status === 401 || status === 403 || status >= 500;
  const retryAfter = Number(headers?.['retry-after']);
  return { ok: false, error: message, retryable, retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined };
}

/**
 * Resend through its SDK. Every message carries its outbox key as Idempotency-Key (single
 * sends) or as X-Entity-Ref-ID (inside a batch, whose own key is derived from its members).
 */
export function resendTransport(options: { apiKey: string; baseUrl?: string; timeoutMs?: number }): Transport {
  const client = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : undefined);
  const timeoutMs = options.timeoutMs ?? 20_000;
  const payload = (m: Delivery) => ({
    from: m.from,
    to: m.to,
    subject: m.subject,
    html: m.html,
    text: m.text,
    headers: { 'X-Entity-Ref-ID': providerKey(m.idempotencyKey) },
    tags: [{ name: 'template', value: m.template.replace(/[^A-Za-z0-9_-]/g, '_') }],
  });
  return {
    name: 'resend',
    // Resend's documented limit per /emails/batch call.
    maxBatch: 100,
    async send(m) {
      const { data, error, headers } = await client.emails.send(payload(m), {
        idempotencyKey: providerKey(m.idempotencyKey),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (error) return failure(error, headers);
      return { ok: true, providerId: data?.id ?? null };
    },
    async sendBatch(messages, idempotencyKey) {
      const { data, error, headers } = await client.batch.send(messages.map(payload), {
        idempotencyKey,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (error) return failure(error, headers);
      const ids = data?.data ?? [];
      return { ok: true, providerIds: messages.map((_, i) => ids[i]?.id ?? null) };
    },
  };
}

/** With no provider and no mailbox, messages wait in the outbox until one is configured. */
const noTransport: Transport = {
  name: 'none',
  maxBatch: 1,
  send: async () => ({ ok: false, retryable: true, retryAfterMs: 5 * 60_000, error: 'no email provider: set RESEND_API_KEY' }),
};

/** Resend when RESEND_API_KEY is set, else the development mailbox where it is allowed. */
export function transportFromEnv(
  settings: Pick<Env, 'NODE_ENV' | 'RESEND_API_KEY' | 'RESEND_BASE_URL' | 'EMAIL_DEV_MAILBOX'>,
): Transport {
  if (settings.RESEND_API_KEY) return resendTransport({ apiKey: settings.RESEND_API_KEY, baseUrl: settings.RESEND_BASE_URL });
  return devMailboxEnabled(settings) ? mailboxTransport : noTransport;
}
