'use client';

import { useActionState } from 'react';
import { idle } from '@/lib/errors';
import type { FormAction } from '../ui/action-form';
import { FormField } from '../ui/form-field';
import { FormMessage } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';

/** Deleting (or erasing) asks for the web address, typed out: a slip of the mouse deletes nothing. */
export function DeleteCampaignForm({
  action,
  campaignId,
  slug,
  submitLabel = 'Delete this campaign',
}: {
  action: FormAction;
  campaignId: string;
  slug: string;
  submitLabel?: string;
}) {
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="campaignId" value={campaignId} />
      <FormField state={state} id="confirmSlug" label={<>Type <code>{slug}</code> to confirm</>}>
        {(control) => <input {...control} type="text" autoComplete="off" spellCheck={false} required className="field-input" />}
      </FormField>
      <SubmitButton className="btn-danger">{submitLabel}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
