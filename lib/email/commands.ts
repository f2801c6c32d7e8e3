import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { outboxMessages } from '@/db/schema';
import { z } from 'zod';
import { event, outcome, runCommand } from '../events';
import { requireRole } from '../auth/roles';
import { DomainError } from '../errors';

/**
 * Puts a parked message back in the queue with a fresh set of attempts. Any coordinator of
 * the message's campaign may do it; it keeps its idempotency key, so a message the provider
 * did accept after all is still not sent twice (within the provider's key window).
 */
export async function retryMessage(messageId: string, coordinatorId: string, db?: Db): Promise<void> {
  if (!z.uuid().safeParse(messageId).success) throw new DomainError('not_found', 'Message not found.');
  await runCommand(async (tx) => {
    const [message] = await tx
      .select({ campaignId: outboxMessages.campaignId, template: outboxMessages.template, lastError: outboxMessages.lastError })
      .from(outboxMessages)
      .where(eq(outboxMessages.id, messageId))
      .limit(1);
    // Messages outside any campaign (sign-in links) are nobody's to retry from a campaign page.
    if (!message?.campaignId) throw new DomainError('not_found', 'Message not found.');
    await requireRole(tx, message.campaignId, coordinatorId, 'editor');

    const updated = await tx
      .update(outboxMessages)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: new Date(), lockedUntil: null, lastError: null, batchKey: null })
      .where(and(eq(outboxMessages.id, messageId), eq(outboxMessages.status, 'failed')))
      .returning({ id: outboxMessages.id });
    if (updated.length === 0) throw new DomainError('conflict', 'This message is no longer waiting for a retry.');

    const retried = event({
      type: 'email.retried',
      campaignId: message.campaignId,
      actor: { type: 'coordinator', id: coordinatorId },
      subject: { type: 'outbox_message', id: messageId },
      data: { template: message.template, lastError: message.lastError },
    });
    return outcome(undefined, [retried]);
  }, db);
}
