import type { NextConfig } from 'next';
import { hstsHeader, staticSecurityHeaders } from './lib/security/headers';

// The nonce-based Content-Security-Policy is set per request in proxy.ts.
const securityHeaders = [
  ...Object.entries(staticSecurityHeaders).map(([key, value]) => ({ key, value })),
  ...(process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: hstsHeader }] : []),
];

const nextConfig: NextConfig = {
  serverExternalPackages: ['@electric-sql/pglite'],
  // Separate build folders let several builds (tests, benchmarks) run side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
