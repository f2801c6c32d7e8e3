import { formatMoment } from '@/lib/dates';
import type { FormState } from '@/lib/errors';
import { RetryMessageForm } from './retry-message-form';

export type FailedMessageItem = {
  id: string;
  to: string;
  template: string;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: Date;
};

type Props = {
  messages: FailedMessageItem[];
  retryAction: (state: FormState, formData: FormData) => Promise<FormState>;
};

const templateLabels: Record<string, string> = {
  'coordinator-sign-in': 'Sign-in link',
  'coordinator-invitation': 'Coordinator invitation',
  'sign-on-verification': 'Sign-on confirmation request',
  'sign-on-received': 'Sign-on received',
  'sign-on-approved': 'Sign-on approved',
  'sign-on-rejected': 'Sign-on not accepted',
  'letter-changed': 'Letter changed',
  'letter-delivered': 'Letter delivered',
  'coordinator-digest': 'Daily review digest',
};

/** Emails of a campaign that could not be delivered after every attempt, each with a retry button. */
export function FailedMessages({ messages, retryAction }: Props) {
  if (messages.length === 0) return null;
  return (
    <section aria-labelledby="failed-emails-heading" className="card border-warn">
      <h2 id="failed-emails-heading" className="text-lg font-semibold">
        Emails that could not be delivered ({messages.length})
      </h2>
      <p className="field-hint">
        These were tried several times and kept failing. Nothing is lost: retry once the problem is fixed.
      </p>
      <ul className="mt-4 divide-y divide-line">
        {messages.map((m) => (
          <li key={m.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="font-medium break-all">{m.to}</p>
              <p className="text-sm text-muted">
                {templateLabels[m.template] ?? m.template} · {m.attempts} {m.attempts === 1 ? 'attempt' : 'attempts'}, last{' '}
                <time dateTime={m.lastAttemptAt.toISOString()}>{formatMoment(m.lastAttemptAt)}</time>
              </p>
              {m.lastError ? <p className="text-sm text-muted break-all">{m.lastError}</p> : null}
            </div>
            <RetryMessageForm messageId={m.id} action={retryAction} />
          </li>
        ))}
      </ul>
    </section>
  );
}
