import type { EmailTemplates, TemplateName } from './templates';

/**
 * An email a domain event sends: commit() (lib/events) validates its props and writes it to
 * the outbox in the transaction of the change, so it exists if and only if that change
 * commits. The worker (lib/email/worker.ts) delivers it.
 */
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
