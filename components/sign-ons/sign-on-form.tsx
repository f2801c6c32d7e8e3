'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
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
  locale = 'en',
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
  /** The language the form is shown in: the signer's emails will be written in it. */
  locale?: string;
}) {
  const t = useTranslations('signOn');
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

  const v = (name: string) => values[name] ?? initialValues?.[name];
  // A field's limit, value and errors all come from its one name, so they cannot drift to another field's.
  const text = (name: keyof typeof limits) => ({ name, max: limits[name], defaultValue: v(name), errors: errors[name] });
  const checkbox = (name: string) => ({ name, defaultChecked: v(name) === 'on', errors: errors[name] });
  const org = kind === 'organization';

  return (
    <div>
      <div role="group" aria-label={t('iAmSigning')} className="mb-6 flex flex-wrap gap-2">
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
            {k === 'organization' ? t('forOrganization') : t('asIndividual')}
          </a>
        ))}
      </div>

      <form action={formAction}>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="versionSeen" value={version} />
        {Object.entries(hiddenFields ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="locale" value={locale} />
        {state.status === 'error' && (
          <div ref={summaryRef} tabIndex={-1} role="alert" className="mb-6 rounded-md border border-bad bg-white p-4 text-bad">
            <p className="font-semibold">{state.message}</p>
            {state.fieldErrors?.kind && <p>{state.fieldErrors.kind.join(' ')}</p>}
            {state.fieldErrors?.locale && <p>{state.fieldErrors.locale.join(' ')}</p>}
          </div>
        )}

        {/* People never see this field; bots that fill every input give themselves away. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="f-hp">{t('honeypot')}</label>
          <input id="f-hp" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <fieldset className="mb-2">
          <legend className="mb-4 text-lg font-semibold">
            {org ? t('organizationLegend') : t('individualLegend')}
          </legend>
          <TextField
            {...text('displayName')}
            label={org ? t('organizationName') : t('fullName')}
            required
            autoComplete={org ? 'organization' : 'name'}
            hint={org ? t('organizationNameHint') : undefined}
          />
          {org ? (
            <TextField {...text('acronym')} label={t('acronym')} hint={t('acronymHint')} />
          ) : (
            <TextField {...text('title')} label={t('titleOrAffiliation')} hint={individualsFootnote || t('titleHint')} />
          )}
          <CountrySelect
            name="country"
            label={t('country')}
            options={countries}
            required={org}
            internationalOption={org ? { value: INTERNATIONAL, label: t('international') } : undefined}
            defaultValue={v('country')}
            errors={errors.country}
          />
          {org && (
            <TextField {...text('website')} label={t('website')} type="url" inputMode="url" hint={t('websiteHint')} autoComplete="url" />
          )}
        </fieldset>

        <fieldset className="mb-2">
          <legend className="mb-4 text-lg font-semibold">{t('privateLegend')}</legend>
          {org && (
            <>
              <TextField {...text('contactName')} label={t('contactName')} required autoComplete="name" />
              <TextField {...text('contactRole')} label={t('contactRole')} required autoComplete="organization-title" />
            </>
          )}
          <TextField
            {...text('email')}
            label={t('email')}
            type="email"
            inputMode="email"
            required
            autoComplete="email"
            hint={t('emailHint')}
          />
          <TextField {...text('comment')} label={t('comment')} multiline />
          {org && <CheckboxField {...checkbox('authorized')} label={t('authorized')} required />}
          <CheckboxField {...checkbox('keepInformed')} label={t('keepInformed')} />
        </fieldset>

        <SubmitButton pendingLabel={t('sending')}>{t('submit')}</SubmitButton>
      </form>
    </div>
  );
}
