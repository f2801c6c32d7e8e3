import { DomainError } from '../errors';

/** SQLSTATE raised by the lock triggers (db/migrations/0002_lock-triggers.sql). */
export const FROZEN_SQLSTATE = 'UL001';

export const frozenMessage = 'The signatory list of this letter is final: it was locked and can no longer change.';

/** Whether an error (or one it wraps: drizzle wraps driver errors in `cause`) came from a lock trigger. */
export function isFrozenError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (code === FROZEN_SQLSTATE) return true;
    if (typeof message === 'string' && message.includes('campaign_locked:')) return true;
  }
  return false;
}

/**
 * Runs a write and turns the database's refusal to change a locked campaign into the
 * domain's answer, so a visitor reads why instead of a 500.
 */
export async function refusingFrozen<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isFrozenError(error)) throw new DomainError('invalid_transition', frozenMessage);
    throw error;
  }
}
