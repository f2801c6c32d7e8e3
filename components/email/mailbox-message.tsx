import { formatMoment } from '@/lib/dates';
export type MailboxEntry = { id: string; to: string; subject: string; template: string; createdAt: Date; links: string[] };

/** Who, what and when of one development-mailbox message, with its links to follow. */
export function MailboxMessageDetails({ message, headingLevel = 3 }: { message: MailboxEntry; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">To</dt>
        <dd className="break-all">{message.to}</dd>
        <dt className="text-muted">Template</dt>
        <dd>{message.template}</dd>
        <dt className="text-muted">Created</dt>
        <dd>
          <time dateTime={message.createdAt.toISOString()}>{formatMoment(message.createdAt)}</time>
        </dd>
      </dl>
      {message.links.length > 0 ? (
        <div>
          <Heading className="text-sm font-semibold">Links in this email</Heading>
          <ul className="mt-1 space-y-1 text-sm">
            {message.links.map((href) => (
              <li key={href} className="break-all">
                <a href={href}>{href}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
