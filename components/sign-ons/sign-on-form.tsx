'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import type { FormState } from '@/lib/errors';
import { HONEYPOT_FIELD, INTERNATIONAL, limits } from '@/lib/sign-ons/schemas';
import { CountrySelect, type CountryOption } from './country-select';
import { CheckboxField, TextField } from './fields';
import { SubmitButton } from './submit-button';

export type SignOnKind = 'organization' | 'individual';
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The sign-on form. Without JavaScript it is a plain form posting to the server action and
 * the kind is chosen with ?kind= links; with it, the kind switches in place and errors
 * appear without a reload.
 */
export function SignOnForm({
  action,
  initialKind,
  countries,
  individualsFootnote,
  version,
  initialValues,
  hiddenFields,
}: {
  action: Action;
  /** The letter version shown above the form: the one the signer agrees to. */
  version: number;
  initialKind: SignOnKind;
  countries: readonly CountryOption[];
  individualsFootnote?: string;
  /** Values the fields start with (an invitation's organization details). */
  initialValues?: Record<string, string>;
  /** Extra fields sent with the form (an invitation's token). */
  hiddenFields?: Record<string, string>;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: 'idle' });
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const submittedKind = values.kind === 'individual' || values.kind === 'organization' ? values.kind : undefined;
  const [kind, setKind] = useState<SignOnKind>(submittedKind ?? initialKind);
  const [shownState, setShownState] = useState(state);
  if (shownState !== state) {
    // A failed submission comes back with the kind that was submitted.
    setShownState(state);
    if (submittedKind) setKind(submittedKind);
  }
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus();
  }, [state]);

  const err = (name: string) => errors[name];
  const v = (name: string) => values[name] ?? initialValues?.[name];
  const org = kind === 'organization';

  return (
    <div>
      <div role="group" aria-label="I am signing" className="mb-6 flex flex-wrap gap-2">
        {(['organization', 'individual'] as const).map((k) => (
          <a
            key={k}
            href={`?kind=${k}#sign-on`}
            aria-current={kind === k ? 'true' : undefined}
            className={kind === k ? 'btn-primary' : 'btn-secondary'}
            onClick={(e) => {
              e.preventDefault();
              setKind(k);
            }}
          >
            {k === 'organization' ? 'For an organization' : 'As an individual'}
          </a>
        ))}
      </div>

      <form action={formAction}>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="versionSeen" value={version} />
        {Object.entries(hiddenFields ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {state.status === 'error' && (
          <div ref={summaryRef} tabIndex={-1} role="alert" className="mb-6 rounded-md border border-bad bg-white p-4 text-bad">
            <p className="font-semibold">{state.message}</p>
            {state.fieldErrors?.kind && <p>{state.fieldErrors.kind.join(' ')}</p>}
          </div>
        )}

        {/* People never see this field; bots that fill every input give themselves away. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="f-hp">Leave this field empty</label>
          <input id="f-hp" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <fieldset className="mb-2">
          <legend className="mb-4 text-lg font-semibold">
            {org ? 'The organization (shown on the letter)' : 'You (shown on the letter)'}
          </legend>
          <TextField
            name="displayName"
            label={org ? 'Organization name' : 'Full name'}
            required
            max={limits.displayName}
            defaultValue={v('displayName')}
            errors={err('displayName')}
            autoComplete={org ? 'organization' : 'name'}
            hint={org ? 'As it should appear on the letter.' : undefined}
          />
          {org ? (
            <TextField
              name="acronym"
              label="Acronym"
              max={limits.acronym}
              defaultValue={v('acronym')}
              errors={err('acronym')}
              hint="For example “HRW”."
            />
          ) : (
            <TextField
              name="title"
              label="Title or affiliation"
              max={limits.title}
              defaultValue={v('title')}
              errors={err('title')}
              hint={individualsFootnote || 'For example “Professor of Hydrology, University of Lagos”.'}
            />
          )}
          <CountrySelect
            name="country"
            label="Country"
            options={countries}
            required={org}
            internationalOption={org ? { value: INTERNATIONAL, label: 'International / no single country' } : undefined}
            defaultValue={v('country')}
            errors={err('country')}
          />
          {org && (
            <TextField
              name="website"
              label="Website"
              type="url"
              inputMode="url"
              max={limits.website}
              defaultValue={v('website')}
              errors={err('website')}
              hint="Starting with https:// or http://."
              autoComplete="url"
            />
          )}
        </fieldset>

        <fieldset className="mb-2">
          <legend className="mb-4 text-lg font-semibold">Private details (only the coordinators see these)</legend>
          {org && (
            <>
              <TextField
                name="contactName"
                label="Your name"
                required
                max={limits.contactName}
                defaultValue={v('contactName')}
                errors={err('contactName')}
                autoComplete="name"
              />
              <TextField
                name="contactRole"
                label="Your role in the organization"
                required
                max={limits.contactRole}
                defaultValue={v('contactRole')}
                errors={err('contactRole')}
                autoComplete="organization-title"
              />
            </>
          )}
          <TextField
            name="email"
            label="Email address"
            type="email"
            inputMode="email"
            required
            max={limits.email}
            defaultValue={v('email')}
            errors={err('email')}
            autoComplete="email"
            hint="We send you a link to confirm your sign-on. It is never shown publicly."
          />
          <TextField
            name="comment"
            label="Comment to the coordinators"
            multiline
            max={limits.comment}
            defaultValue={v('comment')}
            errors={err('comment')}
          />
          {org && (
            <CheckboxField
              name="authorized"
              label="I am authorized to sign on behalf of this organization."
              required
              defaultChecked={v('authorized') === 'on'}
              errors={err('authorized')}
            />
          )}
          <CheckboxField
            name="keepInformed"
            label="Keep me informed about this letter."
            defaultChecked={v('keepInformed') === 'on'}
            errors={err('keepInformed')}
          />
        </fieldset>

        <SubmitButton pendingLabel="Sending…">Sign the letter</SubmitButton>
      </form>
    </div>
  );
}
