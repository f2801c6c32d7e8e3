import { NextResponse, type NextRequest } from 'next/server';
import { isLocale } from './lib/i18n/locales';
import { embedDocumentSlug, embedFrameAncestorsFor } from './lib/security/embed-policy-lookup';
import { contentSecurityPolicy, embedContentSecurityPolicy, publicContentSecurityPolicy } from './lib/security/headers';

/** Larger than any valid form outside the dashboard (a sign-on is at most a few KB), far below 1 MB. */
const MAX_PUBLIC_FORM_BYTES = 64 * 1024;
/** Coordinators' forms: an import carries a list of up to 1 MB twice (next.config.ts allows 4 MB). */
const MAX_COORDINATOR_FORM_BYTES = 4 * 1024 * 1024 - 64 * 1024;

function refusal(status: number, title: string, heading: string, text: string): NextResponse {
  return new NextResponse(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title>` +
      '<main style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem">' +
      `<h1>${heading}</h1><p>${text}</p></main></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'" } },
  );
}

const tooLarge = () =>
  refusal(413, 'Too large', 'This form is too large', 'What you sent is far longer than any field allows. Go back, shorten it and send it again.');
const lengthRequired = () =>
  refusal(411, 'Length required', 'This form could not be read', 'The request did not say how long it is. Send the form again from the page.');

/**
 * Runs before every page and action:
 * - oversized POSTs (a higher limit for coordinators' pages) get a 413 page, and POSTs that do
 *   not declare their length a 411: past this point Next.js would answer a server action over
 *   its body limit with a 500;
 * - every response gets a fresh CSP nonce, which Next.js reads from the request's policy and
 *   puts on its own scripts, so no injected script can run.
 */
/** A path Next.js cannot decode (say `/letters/%FF`) would end in a 500 while it reads the params. */
function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  if (!isDecodable(request.nextUrl.pathname)) {
    return refusal(400, 'Bad address', 'This address is not valid', 'Check the link you followed, or start again from the home page.');
  }
  if (request.method === 'POST') {
    const { pathname } = request.nextUrl;
    const limit = pathname.startsWith('/dashboard/') ? MAX_COORDINATOR_FORM_BYTES : MAX_PUBLIC_FORM_BYTES;
    // Node reads exactly Content-Length bytes of a body, so checking the header checks what is
    // read. A chunked body declares no length and could be any size: browsers never send forms
    // that way, so it is refused rather than read. A POST with neither header has no body.
    const declared = request.headers.get('content-length');
    if (declared === null && request.headers.has('transfer-encoding')) return lengthRequired();
    if (Number(declared ?? 0) > limit) return tooLarge();
  }
  if (!isPrivatePath(request.nextUrl.pathname)) return publicResponse(request);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

/**
 * Pages rendered per request for one person (coordinators, signers' private links, an invited
 * organization's pre-filled form and opt-out page, sign-in, the development mailbox) carry a
 * per-request nonce; every other page is public and cached.
 */
const isPrivatePath = (pathname: string) =>
  /^\/(dashboard|sign-in|signed|verify|dev|api\/auth|outreach)(\/|$)/.test(pathname) || /^\/letters\/[^/]+\/invited(\/|$)/.test(pathname);

/**
 * Variants a cached page cannot read from its query string get an address of their own: the
 * sign-on form opened for individuals, and a list page other than the first or filtered. A
 * letter in another language (/letters/{slug}/{locale}) has the same variants one level down.
 */
function cachedVariant(url: URL): URL | null {
  const all = url.pathname.split('/');
  const translated = all[1] === 'letters' && all.length >= 4 && isLocale(all[3]);
  // /letters/{slug}/{locale}/… reads as /letters/{slug}/… for the rules below.
  const parts = translated ? [...all.slice(0, 3), ...all.slice(4)] : all;
  const signOnPage = parts.length === 3 || (parts.length === 4 && parts[3] === 'embed');
  if (signOnPage && url.searchParams.get('kind') === 'individual') {
    return new URL(`${url.pathname}/as-individual`, url);
  }
  if (parts.length === 4 && parts[3] === 'signatories' && url.search) {
    const variant = new URL(`${url.pathname}/search`, url);
    variant.search = url.search;
    return variant;
  }
  return null;
}

/**
 * Public pages carry a fixed policy (no nonce: a nonce would make every page render per
 * request) and nothing from the visitor's request reaches their rendering.
 */
async function publicResponse(request: NextRequest): Promise<NextResponse> {
  const dev = process.env.NODE_ENV === 'development';
  // The embeddable sign-on pages may be framed by the sites their campaign allows; every
  // other page refuses any frame (docs/decisions/0008).
  const embedSlug = embedDocumentSlug(request.nextUrl.pathname);
  const csp = embedSlug
    ? embedContentSecurityPolicy(await embedFrameAncestorsFor(embedSlug), { dev })
    : publicContentSecurityPolicy({ dev });
  const variant = request.method === 'GET' || request.method === 'HEAD' ? cachedVariant(request.nextUrl) : null;
  const response = variant ? NextResponse.rewrite(variant) : NextResponse.next();
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    // Static files keep the headers of next.config.ts; a rendered email in the development
    // mailbox keeps its own sandbox policy.
    // Prefetches too: a request with a prefetch header still gets a whole document, which must
    // never leave without its policy.
    { source: '/((?!_next/static|_next/image|favicon.ico|dev/mailbox/[^/]+/html).*)' },
  ],
};
