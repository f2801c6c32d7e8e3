'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/errors';
import { SubmitButton } from './submit-button';

/** One button posting to a server action; works without JavaScript, shows the error with it. */
export function ActionButtonForm({
  action,
  label,
  pendingLabel,
  variant = 'primary',
}: {
  action: (state: FormState) => Promise<FormState>;
  label: string;
  pendingLabel: string;
  variant?: 'primary' | 'danger';
}) {
  const [state, formAction] = useActionState<FormState>(action, { status: 'idle' });
  return (
    <form action={formAction}>
      {state.status === 'error' && (
        <p role="alert" className="mb-4 rounded-md border border-bad bg-white p-3 text-bad">
          {state.message}
        </p>
      )}
      <SubmitButton pendingLabel={pendingLabel} variant={variant}>
        {label}
      </SubmitButton>
    </form>
  );
}
