import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { MailboxMessageDetails } from '@/components/email/mailbox-message';
import { getMailboxMessage } from '@/lib/email/queries';
import { usesDevMailbox } from '@/lib/env';

export const metadata: Metadata = { title: 'Development mailbox', robots: { index: false } };

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  if (!usesDevMailbox()) notFound();
  const { id } = await params;
  const message = await getMailboxMessage(id);
  if (!message) notFound();

  return (
    <article className="space-y-4" aria-labelledby="subject">
      <p className="text-sm">
        <Link href="/dev/mailbox">← All emails</Link>
      </p>
      <h1 id="subject" className="text-2xl font-semibold break-words">
        {message.subject}
      </h1>
      <MailboxMessageDetails message={message} headingLevel={2} />
      <p>
        <a href={`/dev/mailbox/${message.id}/html`} className="btn-secondary">
          Open the rendered email
        </a>
      </p>
      <h2 className="text-lg font-semibold">Plain-text part</h2>
      <pre className="card whitespace-pre-wrap break-words text-sm">{message.text}</pre>
    </article>
  );
}
