import 'server-only';
import { and, desc, eq, isNotNull, isNull, notLike, or } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { outboxMessages } from '@/db/schema';
import { extractLinks } from './render';

/** A parked message as coordinators see it: no props, which may hold a signer's private links. */
export type FailedMessage = {
  id: string;
  to: string;
  template: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date;
};

/** Messages of a campaign that kept failing and were parked, newest first. */
export async function listFailedMessages(campaignId: string, db?: DbOrTx): Promise<FailedMessage[]> {
  const conn = db ?? (await getDb());
  return conn
    .select({
      id: outboxMessages.id,
      to: outboxMessages.to,
      template: outboxMessages.template,
      attempts: outboxMessages.attempts,
      lastError: outboxMessages.lastError,
      createdAt: outboxMessages.createdAt,
      lastAttemptAt: outboxMessages.nextAttemptAt,
    })
    .from(outboxMessages)
    // Messages cancelled on purpose (an organization opted out, the campaign closed) need no one's attention.
    .where(and(eq(outboxMessages.campaignId, campaignId), eq(outboxMessages.status, 'failed'), or(isNull(outboxMessages.lastError), notLike(outboxMessages.lastError, 'cancelled: %'))))
    .orderBy(desc(outboxMessages.createdAt))
    .limit(200);
}

export type MailboxMessage = {
  id: string;
  to: string;
  subject: string;
  template: string;
  createdAt: Date;
  html: string;
  text: string;
  links: string[];
};

const mailboxFields = {
  id: outboxMessages.id,
  to: outboxMessages.to,
  subject: outboxMessages.subject,
  template: outboxMessages.template,
  createdAt: outboxMessages.createdAt,
  html: outboxMessages.html,
  text: outboxMessages.text,
};

/** Only what the development transport delivered is in the mailbox. */
const delivered = and(eq(outboxMessages.status, 'sent'), isNotNull(outboxMessages.html));

type MailboxRow = Omit<MailboxMessage, 'links' | 'subject' | 'html' | 'text'> & { subject: string | null; html: string | null; text: string | null };

const toMessage = (r: MailboxRow): MailboxMessage => ({
  ...r,
  subject: r.subject ?? '',
  html: r.html ?? '',
  text: r.text ?? '',
  links: extractLinks(r.html ?? ''),
});

/**
 * The development mailbox: messages the development transport delivered, newest first.
 * Only for /dev/mailbox, which exists only while RESEND_API_KEY is unset.
 */
export async function listMailbox(options: { to?: string; limit?: number } = {}, db?: DbOrTx): Promise<MailboxMessage[]> {
  const conn = db ?? (await getDb());
  const rows = await conn
    .select(mailboxFields)
    .from(outboxMessages)
    .where(and(delivered, options.to ? eq(outboxMessages.to, options.to) : undefined))
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(options.limit ?? 100);
  return rows.map(toMessage);
}

/** One development-mailbox message, or null. */
export async function getMailboxMessage(id: string, db?: DbOrTx): Promise<MailboxMessage | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const conn = db ?? (await getDb());
  const [row] = await conn.select(mailboxFields).from(outboxMessages).where(and(eq(outboxMessages.id, id), delivered)).limit(1);
  return row ? toMessage(row) : null;
}
