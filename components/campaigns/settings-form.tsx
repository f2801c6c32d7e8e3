'use client';

import { useActionState } from 'react';
import { idle } from '@/lib/errors';
import type { FormAction } from '../ui/action-form';
import { FormField } from '../ui/form-field';
import { FieldError, FormMessage } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';
import { TimeZoneSelect } from '../ui/time-zone-select';

export type SettingsValues = {
  deadline: string;
  deadlineTimeZone: string;
  approvalPolicy: string;
  listFormat: string;
  listOrder: string;
  liveList: boolean;
  notifyRejected: boolean;
};

const policies = [
  { value: 'review_all', label: 'Review every sign-on' },
  { value: 'auto_individuals', label: 'Approve individuals automatically; review organizations' },
  { value: 'auto_all', label: 'Approve every verified sign-on automatically' },
];

const formats = [
  { value: 'name_acronym_country', label: 'Name (ACRONYM), Country' },
  { value: 'name_dash_country', label: 'Name – Country' },
  { value: 'grouped_by_country', label: 'Grouped by country' },
];

const orders = [
  { value: 'alphabetical', label: 'Alphabetical: organizations by name, individuals by family name' },
  { value: 'conveners_first', label: 'Conveners or steering group first (marked in review), then alphabetical' },
  { value: 'entered', label: 'In the order the sign-ons came in' },
];

export function SettingsForm({
  action,
  campaignId,
  values,
  timeZones,
  disabled,
}: {
  action: FormAction;
  campaignId: string;
  values: SettingsValues;
  timeZones: string[];
  disabled: boolean;
}) {
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="space-y-6 max-w-2xl" noValidate>
      <input type="hidden" name="campaignId" value={campaignId} />
      <fieldset disabled={disabled} className="space-y-6">
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField state={state} id="deadline" label="Sign-on deadline (optional)" hint="Leave empty for no deadline. Sign-on closes by itself when it passes.">
            {(control) => <input {...control} type="datetime-local" defaultValue={values.deadline} className="field-input" />}
          </FormField>
          <FormField state={state} id="deadlineTimeZone" label="Time zone of the deadline">
            {(control) => <TimeZoneSelect control={control} timeZones={timeZones} defaultValue={values.deadlineTimeZone} />}
          </FormField>
        </div>
        <fieldset>
          <legend className="field-label">Approval</legend>
          {policies.map((p) => (
            <label key={p.value} className="flex items-start gap-2">
              <input type="radio" name="approvalPolicy" value={p.value} defaultChecked={values.approvalPolicy === p.value} className="mt-1.5" />
              <span>{p.label}</span>
            </label>
          ))}
          <FieldError state={state} name="approvalPolicy" />
        </fieldset>
        <div>
          <label htmlFor="listFormat" className="field-label">
            How the list of signatories is written
          </label>
          <select id="listFormat" name="listFormat" defaultValue={values.listFormat} className="field-input">
            {formats.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
          <FieldError state={state} name="listFormat" />
        </div>
        <div>
          <label htmlFor="listOrder" className="field-label">
            Order of the list
          </label>
          <select id="listOrder" name="listOrder" defaultValue={values.listOrder} className="field-input" aria-describedby="listOrder-hint">
            {orders.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <p id="listOrder-hint" className="field-hint">
            Organizations come before individuals in every order. The lock keeps the order chosen here in the final list.
          </p>
          <FieldError state={state} name="listOrder" />
        </div>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="liveList" defaultChecked={values.liveList} className="mt-1.5" />
          <span>Show the list of approved signatories publicly while sign-on is open (otherwise only counts until the lock).</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="notifyRejected" defaultChecked={values.notifyRejected} className="mt-1.5" />
          <span>Email signers whose sign-on is not approved.</span>
        </label>
        <SubmitButton>Save settings</SubmitButton>
      </fieldset>
      <FormMessage state={state} />
    </form>
  );
}
