import Link from 'next/link';
import { getCurrentCoordinator } from '@/lib/auth/session';
import { signOutAction } from './actions';

// Rendered per request: private, and carrying a per-request CSP nonce (proxy.ts).
export const dynamic = 'force-dynamic';

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const me = await getCurrentCoordinator();
  return (
    <div>
      {me && (
        <div className="mb-6 flex flex-wrap items-center justify-end gap-3 text-sm text-muted">
          <span>
            Signed in as <strong className="text-ink">{me.email}</strong>
          </span>
          <Link href="/dashboard/settings">Your settings</Link>
          <form action={signOutAction}>
            <button type="submit" className="btn-secondary py-1">
              Sign out
            </button>
          </form>
        </div>
      )}
      {children}
    </div>
  );
}
