import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { usesDevMailbox } from '@/lib/env';
import { listMailbox } from '@/lib/email/queries';

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
        <ol className="space-y-6" aria-label="Emails, newest first">
          {messages.map((m, i) => (
            <li key={m.id}>
              <article className="card space-y-3" aria-labelledby={`subject-${m.id}`}>
                <h2 id={`subject-${m.id}`} className="text-lg font-semibold break-words">
                  {m.subject}
                </h2>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="text-muted">To</dt>
                  <dd className="break-all">{m.to}</dd>
                  <dt className="text-muted">Template</dt>
                  <dd>{m.template}</dd>
                  <dt className="text-muted">Created</dt>
                  <dd>
                    <time dateTime={m.createdAt.toISOString()}>{m.createdAt.toUTCString()}</time>
                  </dd>
                </dl>
                {m.links.length > 0 ? (
                  <div>
                    <h3 className="text-sm font-semibold">Links in this email</h3>
                    <ul className="mt-1 space-y-1 text-sm">
                      {m.links.map((href) => (
                        <li key={href} className="break-all">
                          <a href={href}>{href}</a>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <details open={i === 0}>
                  <summary className="cursor-pointer text-sm font-semibold">Rendered email</summary>
                  {/* sandbox without permissions: the email's HTML can neither run scripts nor navigate this page */}
                  <iframe
                    title={`Rendered email: ${m.subject}`}
                    sandbox=""
                    srcDoc={m.html}
                    loading="lazy"
                    className="mt-2 h-[32rem] w-full rounded-md border border-line bg-white"
                  />
                </details>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
