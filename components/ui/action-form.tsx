'use client';

import { useActionState } from 'react';
import { idle, type FormState } from '@/lib/errors';
import { FormMessage } from './form-message';

export type FormAction<R = undefined> = (prev: FormState<R>, formData: FormData) => Promise<FormState<R>>;

/** A form around a server action that shows its outcome; works without JavaScript too. */
export function ActionForm<R>({ action, children, className }: { action: FormAction<R>; children: React.ReactNode; className?: string }) {
  const [state, formAction] = useActionState(action, idle as FormState<R>);
  return (
    <form action={formAction} className={className}>
      {children}
      <FormMessage state={state} />
    </form>
  );
}
