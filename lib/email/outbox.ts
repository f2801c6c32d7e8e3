import 'server-only';
import type { DbOrTx } from '@/db/client';
import { outboxMessages } from '@/db/schema';
import type { EmailTemplates, TemplateName } from './templates';

export type OutgoingEmail<T extends TemplateName = TemplateName> = {
  template: T;
  to: string;
  props: EmailTemplates[T];
  campaignId?: string | null;
  /**
   * Names the event so a retried command never enqueues it twice, e.g.
   * `sign-on-verification:<signOnId>:<tokenId>`. Also sent to the provider as Idempotency-Key.
   */
  idempotencyKey: string;
  /** The recipient's language (a supported locale); English when not known. */
  locale?: string;
  /** Not sent before this moment (a digest of changes waits for its day); otherwise at once. */
  notBefore?: Date;
};

/**
 * Writes the email to the outbox inside the caller's transaction: it exists if and only if
 * the change that caused it commits. The worker (lib/email/worker.ts) delivers it.
 */
export async function enqueueEmail<T extends TemplateName>(tx: DbOrTx, message: OutgoingEmail<T>): Promise<void> {
  await enqueueEmails(tx, [message]);
}

export async function enqueueEmails(tx: DbOrTx, messages: OutgoingEmail[]): Promise<void> {
  if (messages.length === 0) return;
  await tx
    .insert(outboxMessages)
    .values(
      messages.map((m) => ({
        template: m.template,
        to: m.to,
        props: m.props as Record<string, unknown>,
        campaignId: m.campaignId ?? null,
        idempotencyKey: m.idempotencyKey,
        nextAttemptAt: m.notBefore,
        locale: m.locale ?? 'en',
      })),
    )
    .onConflictDoNothing({ target: outboxMessages.idempotencyKey });
}
