import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from './lib/security/headers';

/** Larger than any valid public form (a sign-on is at most a few KB), far below 1 MB. */
const MAX_PUBLIC_FORM_BYTES = 64 * 1024;
/** Coordinators' forms: an import carries a list of up to 1 MB twice (next.config.ts allows 4 MB). */
const MAX_COORDINATOR_FORM_BYTES = 4 * 1024 * 1024 - 64 * 1024;
const publicFormPaths = /^\/(letters|verify|signed)(\/|$)/;

function tooLarge(): NextResponse {
  return new NextResponse(
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Too large</title>' +
      '<main style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem">' +
      '<h1>This form is too large</h1><p>What you sent is far longer than any field allows. Go back, shorten it and send it again.</p></main></html>',
    { status: 413, headers: { 'content-type': 'text/html; charset=utf-8' } },
  );
}

/**
 * Runs before every page and action:
 * - oversized POSTs to the public signer pages (and, with a higher limit, to coordinators'
 *   pages) get a 413 page: past this point Next.js would answer a server action over its body
 *   limit with a 500;
 * - every response gets a fresh CSP nonce, which Next.js reads from the request's policy and
 *   puts on its own scripts, so no injected script can run.
 */
export function proxy(request: NextRequest) {
  if (request.method === 'POST') {
    const { pathname } = request.nextUrl;
    const limit = pathname.startsWith('/dashboard/') ? MAX_COORDINATOR_FORM_BYTES : publicFormPaths.test(pathname) ? MAX_PUBLIC_FORM_BYTES : null;
    const length = Number(request.headers.get('content-length') ?? '0');
    if (limit !== null && length > limit) return tooLarge();
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    // Static files keep the headers of next.config.ts; a rendered email in the development
    // mailbox keeps its own sandbox policy.
    {
      source: '/((?!_next/static|_next/image|favicon.ico|dev/mailbox/[^/]+/html).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
