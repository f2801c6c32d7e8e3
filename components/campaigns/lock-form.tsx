'use client';

import { useActionState } from 'react';
import { idle } from '@/lib/errors';
import type { FormAction } from '../ui/action-form';
import { describedBy, FieldError, FormMessage } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';

/** The last step before the lock; the browser and the server both insist on the tick. */
export function LockForm({ action, campaignId }: { action: FormAction; campaignId: string }) {
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="campaignId" value={campaignId} />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="understood" required className="mt-1.5" {...describedBy(state, 'understood')} />
        <span>I understand that the list becomes final: after the lock nobody can sign, edit, withdraw or be approved, and this cannot be undone.</span>
      </label>
      <FieldError state={state} name="understood" />
      <SubmitButton className="btn-danger">Lock the final list</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
