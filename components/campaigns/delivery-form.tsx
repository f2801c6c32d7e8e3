'use client';

import { useActionState } from 'react';
import { idle } from '@/lib/errors';
import type { FormAction } from '../ui/action-form';
import { FormField } from '../ui/form-field';
import { describedBy, FieldError, FormMessage, valueOf } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';
import { TimeZoneSelect } from '../ui/time-zone-select';

const methods = [
  { value: 'email', label: 'By email' },
  { value: 'fax', label: 'By fax' },
  { value: 'post', label: 'By post' },
  { value: 'in_person', label: 'In person' },
  { value: 'other', label: 'Other' },
];

export type DeliveryDefaults = { deliveredAt: string; timeZone: string };

/** When, to whom and how the letter was delivered, with an optional public note and link. */
export function DeliveryForm({
  action,
  campaignId,
  defaults,
  timeZones,
  keptInformed,
}: {
  action: FormAction;
  campaignId: string;
  defaults: DeliveryDefaults;
  timeZones: string[];
  keptInformed: number;
}) {
  const [state, formAction] = useActionState(action, idle);
  const v = (name: string, fallback = '') => valueOf(state, name, fallback);
  // Keyed by the outcome so that fields take the submitted values back after an error.
  const key = state.status === 'error' ? JSON.stringify(state.values ?? {}) : 'initial';
  return (
    <form key={key} action={formAction} className="space-y-6 max-w-2xl" noValidate>
      <input type="hidden" name="campaignId" value={campaignId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField state={state} id="deliveredAt" label="When">
          {(control) => <input {...control} type="datetime-local" required defaultValue={v('deliveredAt', defaults.deliveredAt)} className="field-input" />}
        </FormField>
        <FormField state={state} id="timeZone" label="Time zone">
          {(control) => <TimeZoneSelect control={control} timeZones={timeZones} defaultValue={v('timeZone', defaults.timeZone)} />}
        </FormField>
      </div>
      <FormField state={state} id="deliveredTo" label="To whom" hint="For example: Minister Ana Pereira, Ministry of the Environment.">
        {(control) => <input {...control} type="text" required maxLength={300} defaultValue={v('deliveredTo')} className="field-input" />}
      </FormField>
      <fieldset {...describedBy(state, 'method')}>
        <legend className="field-label">How</legend>
        {methods.map((m) => (
          <label key={m.value} className="flex items-start gap-2">
            <input type="radio" name="method" value={m.value} required defaultChecked={v('method') === m.value} className="mt-1.5" />
            <span>{m.label}</span>
          </label>
        ))}
        <FieldError state={state} name="method" />
      </fieldset>
      <FormField state={state} id="note" label="Public note (optional)">
        {(control) => <textarea {...control} rows={3} maxLength={2000} defaultValue={v('note')} className="field-input" />}
      </FormField>
      <FormField state={state} id="link" label="Public link (optional)" hint="A press release or photos of the delivery, starting with http:// or https://.">
        {(control) => <input {...control} type="url" maxLength={500} defaultValue={v('link')} className="field-input" />}
      </FormField>
      <div>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirmed" required className="mt-1.5" {...describedBy(state, 'confirmed')} />
          <span>
            I confirm the letter was delivered. The delivery is shown on the public page, and{' '}
            {keptInformed === 1 ? '1 signer who asked' : `${keptInformed} signers who asked`} to be kept informed will be emailed.
          </span>
        </label>
        <FieldError state={state} name="confirmed" />
      </div>
      <SubmitButton>Record delivery</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
