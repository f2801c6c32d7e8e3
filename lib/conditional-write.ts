import { DomainError } from './errors';

/**
 * The row a conditional write touched (`UPDATE … WHERE status = <the status read> RETURNING …`).
 * None means another request changed the row between the command's read and its write: the
 * person gets `conflictMessage` and reloads, instead of silently overriding the other change.
 */
export async function requireWritten<T>(write: PromiseLike<T[]>, conflictMessage: string): Promise<T> {
  const [row] = await write;
  if (!row) throw new DomainError('conflict', conflictMessage);
  return row;
}
