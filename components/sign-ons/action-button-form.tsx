'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/errors';
import { FormErrorAlert } from './fields';
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
      <FormErrorAlert state={state} />
      <SubmitButton pendingLabel={pendingLabel} variant={variant}>
        {label}
      </SubmitButton>
    </form>
  );
}
