'use client';

import { useActionState } from 'react';
import { idle, type FormState } from '@/lib/errors';
import { MAX_REMINDER_DAYS } from '@/lib/outreach/lifecycle';
import { describedBy, FieldError, FormMessage, valueOf } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** Queues each invited organization's one reminder for a number of days before the deadline. */
export function ReminderScheduleForm({ campaignId, action, current }: { campaignId: string; action: Action; current: number | null }) {
  const [state, formAction] = useActionState(action, idle as FormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="campaignId" value={campaignId} />
      <label htmlFor="reminder-days" className="field-label">
        Days before the deadline
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id="reminder-days"
          name="daysBefore"
          type="number"
          min={1}
          max={MAX_REMINDER_DAYS}
          className="w-24"
          defaultValue={valueOf(state, 'daysBefore', current ? String(current) : '3')}
          {...describedBy(state, 'daysBefore')}
        />
        <SubmitButton className="btn-secondary">Schedule reminders</SubmitButton>
      </div>
      <FieldError state={state} name="daysBefore" />
      <FormMessage state={state} />
    </form>
  );
}
