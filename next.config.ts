import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { locales } from './lib/i18n/locales';
import { frameOptionsHeader, hstsHeader, staticSecurityHeaders } from './lib/security/headers';

// The Content-Security-Policy is set per request in proxy.ts: fixed for cached public pages, with a nonce elsewhere.
const securityHeaders = [
  ...Object.entries(staticSecurityHeaders).map(([key, value]) => ({ key, value })),
  ...(process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: hstsHeader }] : []),
];

const nextConfig: NextConfig = {
  serverExternalPackages: ['@electric-sql/pglite'],
  // Separate build folders let several builds (tests, benchmarks) run side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Next.js hashes every page it sends, character by character, for an ETag: 15 % of the CPU of
  // serving a cached 45 KB letter page (profile in bench/README.md). Cached pages carry
  // s-maxage for CDNs instead, and private pages are never reused.
  generateEtags: false,
  // Public pages are cached in each server's memory; invalidations reach every server, the
  // worker and the command line through PostgreSQL (cache-handler.mjs, docs/decisions/0006).
  cacheHandler: path.resolve(import.meta.dirname, 'cache-handler.mjs'),
  cacheMaxMemorySize: 0,
  // A cached public page may be served stale for at most this long while it is rendered again
  // (Cache-Control: s-maxage=<revalidate>, stale-while-revalidate=<expireTime - revalidate>).
  expireTime: 60,
  typedRoutes: false,
  experimental: {
    // Pages live under two root layouts (one per <html lang>): an address that matches no route
    // gets app/global-not-found.tsx.
    globalNotFound: true,
    // An import of a 1 MB list carries it twice (the file, then the preview's fields); public
    // forms stay limited to far less by proxy.ts.
    serverActions: { bodySizeLimit: '4mb' },
  },
  // Browsers and crawlers that ask for /favicon.ico get the site's icon (app/icon.svg).
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Every page refuses to be framed, except the embeddable sign-on pages, whose CSP
      // frame-ancestors (proxy.ts) says who may frame them (docs/decisions/0008).
      { source: `/:path((?!letters/[^/]+/(?:(?:${locales.join('|')})/)?embed(?:/as-individual|/check-email)?$).*)`, headers: [frameOptionsHeader] },
      // A development-mailbox email shown as its own document: sandboxed, so its HTML runs nothing
      // here. Listed last so that it replaces the general policy for this path.
      {
        source: '/dev/mailbox/:id/html',
        headers: [
          {
            key: 'Content-Security-Policy',
            value:
              "sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; frame-ancestors 'none'",
          },
        ],
      },
    ];
  },
};

// Messages come from i18n/request.ts; the locale always comes from the page's URL, never the request.
export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
