import type { NextRequest } from 'next/server';
import { handlers } from '@/auth';
import { env } from '../env';
import { AUTH_BASE_PATH } from './config';
import { answerSignInEndpoint } from './sign-in';

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
  const body = req.method === 'POST' ? await req.text() : undefined;
  return new Request(url, { method: req.method, headers: req.headers, body }) as NextRequest;
}

export const GET = async (req: NextRequest) => handlers.GET(await onPublicOrigin(req));
/** Asking for a sign-in link, by any provider path: our limits and answer, not Auth.js's. */
const asksForLink = (req: NextRequest) => new URL(req.url).pathname.startsWith(`${AUTH_BASE_PATH}/signin/`);

export const POST = async (req: NextRequest) =>
  asksForLink(req) ? answerSignInEndpoint(req) : handlers.POST(await onPublicOrigin(req));
