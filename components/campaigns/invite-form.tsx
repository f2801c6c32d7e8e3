'use client';

import { useActionState } from 'react';
import { idle } from '@/lib/errors';
import type { FormAction } from '../ui/action-form';
import { FormField } from '../ui/form-field';
import { FormMessage } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';

export function InviteForm({ action, campaignId }: { action: FormAction; campaignId: string }) {
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="card space-y-4 max-w-xl" noValidate>
      <input type="hidden" name="campaignId" value={campaignId} />
      <FormField state={state} id="invite-email" name="email" label="Email address">
        {(control) => <input {...control} type="email" className="field-input" />}
      </FormField>
      <div>
        <label htmlFor="invite-role" className="field-label">
          Role
        </label>
        <select id="invite-role" name="role" defaultValue="editor" className="field-input max-w-60">
          <option value="editor">Editor: edits the letter and moderates</option>
          <option value="owner">Owner: everything, including coordinators</option>
        </select>
      </div>
      <SubmitButton>Invite</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
