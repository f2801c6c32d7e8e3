// Rendered per request: these pages answer to a private link and carry a per-request CSP
// nonce (proxy.ts); nothing of them may reach a cache.
export const dynamic = 'force-dynamic';

export default function Layout({ children }: { children: React.ReactNode }) {
  return children;
}
