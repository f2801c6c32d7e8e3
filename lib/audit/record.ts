import type { DbOrTx } from '@/db/client';
import { auditEvents } from '@/db/schema';

export type AuditInput = typeof auditEvents.$inferInsert;

/** Appends to the audit trail; call it inside the transaction of the change it records. */
export async function recordEvent(tx: DbOrTx, event: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values(event);
}
