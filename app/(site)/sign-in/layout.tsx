// Rendered per request: these pages carry a per-request CSP nonce (proxy.ts), and some show
// private data that must never reach a cache.
export const dynamic = 'force-dynamic';

export default function Layout({ children }: { children: React.ReactNode }) {
  return children;
}
