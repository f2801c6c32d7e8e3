import { NextResponse, type NextRequest } from 'next/server';

/** Larger than any valid public form (a sign-on is at most a few KB), far below 1 MB. */
const MAX_PUBLIC_FORM_BYTES = 64 * 1024;
/** Coordinators' forms: an import carries a list of up to 1 MB twice (next.config.ts allows 4 MB). */
const MAX_COORDINATOR_FORM_BYTES = 4 * 1024 * 1024 - 64 * 1024;

/**
 * Oversized POSTs to the public signer pages (and to coordinators' pages, with a higher limit) are refused here with a 413 page: past this
 * point Next.js would answer a server action over its body limit with a 500.
 */
export function proxy(request: NextRequest) {
  if (request.method !== 'POST') return NextResponse.next();
  const length = Number(request.headers.get('content-length') ?? '0');
  const limit = request.nextUrl.pathname.startsWith('/dashboard/') ? MAX_COORDINATOR_FORM_BYTES : MAX_PUBLIC_FORM_BYTES;
  if (length <= limit) return NextResponse.next();
  return new NextResponse(
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Too large</title>' +
      '<main style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem">' +
      '<h1>This form is too large</h1><p>What you sent is far longer than any field allows. Go back, shorten it and send it again.</p></main></html>',
    { status: 413, headers: { 'content-type': 'text/html; charset=utf-8' } },
  );
}

export const config = { matcher: ['/letters/:path*', '/verify/:path*', '/signed/:path*', '/dashboard/:path*'] };
