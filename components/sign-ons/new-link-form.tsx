'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/errors';
import { limits } from '@/lib/sign-ons/schemas';
import { FormErrorAlert, TextField } from './fields';
import { SubmitButton } from './submit-button';

/** "Send me a new link": answers the same whatever the address, like the sign-on form. */
export function NewLinkForm({
  action,
  submitLabel = 'Send me a new link',
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel?: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: 'idle' });
  const error = state.status === 'error' ? state : null;
  return (
    <form action={formAction}>
      <FormErrorAlert state={state} />
      <TextField
        idPrefix="new-link"
        name="email"
        label="Email address you signed with"
        type="email"
        required
        max={limits.email}
        autoComplete="email"
        defaultValue={error?.values?.email}
        errors={error?.fieldErrors?.email}
      />
      <SubmitButton pendingLabel="Sending…">{submitLabel}</SubmitButton>
    </form>
  );
}
