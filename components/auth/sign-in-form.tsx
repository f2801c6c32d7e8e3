'use client';

import { useActionState } from 'react';
import { idle, type FormState } from '@/lib/errors';
import { FormField } from '../ui/form-field';
import { FormMessage, valueOf } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';

type Action = (prev: FormState<undefined>, formData: FormData) => Promise<FormState<undefined>>;

export function SignInForm({ action, email, callbackUrl }: { action: Action; email: string; callbackUrl: string }) {
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="card space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField state={state} id="email" label="Your email address">
        {(control) => (
          <input {...control} type="email" autoComplete="email" required className="field-input" defaultValue={valueOf(state, 'email', email)} />
        )}
      </FormField>
      <SubmitButton>Email me a sign-in link</SubmitButton>
      {state.status === 'error' && !state.fieldErrors && <FormMessage state={state} />}
    </form>
  );
}
