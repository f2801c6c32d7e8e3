'use client';

import { useActionState } from 'react';
import { idle, type FormState } from '@/lib/errors';

type Props = {
  messageId: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** A plain form (works without JavaScript), enhanced with pending and result states. */
export function RetryMessageForm({ messageId, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="messageId" value={messageId} />
      <button type="submit" className="btn-secondary" disabled={pending || state.status === 'success'}>
        {pending ? 'Retrying…' : state.status === 'success' ? 'Queued' : 'Retry'}
      </button>
      <p role="status" className={state.status === 'error' ? 'field-error' : 'field-hint'}>
        {state.status === 'error' ? state.message : state.status === 'success' ? state.message : null}
      </p>
    </form>
  );
}
