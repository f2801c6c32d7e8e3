import type { NextRequest } from 'next/server';
import { handlers } from '@/auth';
import { env } from '../env';
import { AUTH_BASE_PATH } from './config';
import { answerSignInEndpoint, safeCallbackPath } from './sign-in';

const callbackCookie = /((?:__Secure-)?authjs\.callback-url)=([^;]*)/g;

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

/**
 * Auth.js answers a callback URL off this site (say `\\evil.com`, in the query, the form or its
 * cookie) with a 500; it gets one on this site instead, as the sign-in page would choose.
 */
function withSafeCallbacks(url: URL, headers: Headers, body: string | undefined) {
  const safe = (value: string | null) => `${url.origin}${safeCallbackPath(value)}`;
  if (url.searchParams.has('callbackUrl')) url.searchParams.set('callbackUrl', safe(url.searchParams.get('callbackUrl')));
  const cookie = headers.get('cookie');
  if (cookie) headers.set('cookie', cookie.replace(callbackCookie, (_, name: string, value: string) => `${name}=${encodeURIComponent(safe(decoded(value)))}`));
  if (body === undefined || !/application\/x-www-form-urlencoded/i.test(headers.get('content-type') ?? '')) return body;
  const form = new URLSearchParams(body);
  if (form.has('callbackUrl')) form.set('callbackUrl', safe(form.get('callbackUrl')));
  return form.toString();
}

/**
 * Auth.js builds its redirects from the request's URL, which need not be the public address
 * (behind a proxy; and Next.js rewrites 127.0.0.1 to localhost in NextRequest). APP_URL is.
 * A plain Request keeps the URL as given.
 */
async function onPublicOrigin(req: NextRequest): Promise<NextRequest> {
  const base = new URL(env().APP_URL);
  const url = new URL(req.url);
  url.protocol = base.protocol;
  url.host = base.host;
  const headers = new Headers(req.headers);
  const body = withSafeCallbacks(url, headers, req.method === 'POST' ? await req.text() : undefined);
  return new Request(url, { method: req.method, headers, body }) as NextRequest;
}

export const GET = async (req: NextRequest) => handlers.GET(await onPublicOrigin(req));
/** Asking for a sign-in link, by any provider path: our limits and answer, not Auth.js's. */
const asksForLink = (req: NextRequest) => new URL(req.url).pathname.startsWith(`${AUTH_BASE_PATH}/signin/`);

export const POST = async (req: NextRequest) =>
  asksForLink(req) ? answerSignInEndpoint(req) : handlers.POST(await onPublicOrigin(req));
