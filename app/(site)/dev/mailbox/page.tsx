import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { MailboxMessageDetails } from '@/components/email/mailbox-message';
import { listMailbox } from '@/lib/email/queries';
import { usesDevMailbox } from '@/lib/env';

export const metadata: Metadata = { title: 'Development mailbox', robots: { index: false } };

export default async function MailboxPage() {
  await connection();
  // The mailbox exists only while no real email provider is configured.
  if (!usesDevMailbox()) notFound();
  const messages = await listMailbox();

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">Development mailbox</h1>
        <p className="text-muted mt-1">
          Every email the app sends while <code>RESEND_API_KEY</code> is unset lands here, newest first. Messages appear
          within a second or two of the action that sends them; reload to see new ones. Also as JSON at{' '}
          <a href="/dev/mailbox.json">/dev/mailbox.json</a>.
        </p>
      </header>
      {messages.length === 0 ? (
        <p className="card">No emails yet.</p>
      ) : (
        <ol className="space-y-4" aria-label="Emails, newest first">
          {messages.map((m) => (
            <li key={m.id}>
              <article className="card space-y-3" aria-labelledby={`subject-${m.id}`}>
                <h2 id={`subject-${m.id}`} className="text-lg font-semibold break-words">
                  <Link href={`/dev/mailbox/${m.id}`}>{m.subject}</Link>
                </h2>
                <MailboxMessageDetails message={m} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
