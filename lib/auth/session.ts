import 'server-only';
import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { coordinators } from '@/db/schema';
import { DomainError } from '../errors';

export type CurrentCoordinator = { id: string; email: string; name: string | null; canCreateCampaigns: boolean };

/**
 * The signed-in coordinator, or null. Implemented on top of Auth.js (auth.ts); every
 * server action and route handler calls it (or requireCoordinator) itself.
 */
export async function getCurrentCoordinator(): Promise<CurrentCoordinator | null> {
  try {
    await headers();
  } catch {
    // Outside a request (command line, tests) nobody is signed in.
    return null;
  }
  // Loaded on use: modules that merely import this one (and their tests) need not load Auth.js.
  const { auth } = await import('@/auth');
  const session = await auth();
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  // Read the row itself: a coordinator's name may have changed since the session began.
  const db = await getDb();
  const [row] = await db
    .select({
      id: coordinators.id,
      email: coordinators.email,
      name: coordinators.name,
      canCreateCampaigns: coordinators.canCreateCampaigns,
    })
    .from(coordinators)
    .where(eq(coordinators.id, id))
    .limit(1);
  return row ?? null;
}

/** For pages: the signed-in coordinator, or a redirect to the sign-in page that comes back here. */
export async function requireCoordinator(returnTo = '/dashboard'): Promise<CurrentCoordinator> {
  const coordinator = await getCurrentCoordinator();
  if (!coordinator) redirect(`/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`);
  return coordinator;
}

/** For server actions (public POST endpoints): the coordinator, or a forbidden error. */
export async function requireCoordinatorForAction(): Promise<CurrentCoordinator> {
  const coordinator = await getCurrentCoordinator();
  if (!coordinator) throw new DomainError('forbidden', 'Your session has ended. Please sign in again.');
  return coordinator;
}

export async function signOutCoordinator(): Promise<void> {
  const { signOut } = await import('@/auth');
  await signOut({ redirectTo: '/sign-in?signedOut=1' });
}
