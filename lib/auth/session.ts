import 'server-only';

export type CurrentCoordinator = { id: string; email: string; name: string | null };

/**
 * The signed-in coordinator, or null. Implemented on top of Auth.js (auth.ts); every
 * server action and route handler calls it (or requireCoordinator) itself.
 */
export async function getCurrentCoordinator(): Promise<CurrentCoordinator | null> {
  return null;
}
