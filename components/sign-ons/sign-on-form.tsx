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

  const err = (name: string) => errors[name];
  const v = (name: string) => values[name] ?? initialValues?.[name];
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
            name="displayName"
            label={org ? t('organizationName') : t('fullName')}
            required
            max={limits.displayName}
            defaultValue={v('displayName')}
            errors={err('displayName')}
            autoComplete={org ? 'organization' : 'name'}
            hint={org ? t('organizationNameHint') : undefined}
          />
          {org ? (
            <TextField
              name="acronym"
              label={t('acronym')}
              max={limits.acronym}
              defaultValue={v('acronym')}
              errors={err('acronym')}
              hint={t('acronymHint')}
            />
          ) : (
            <TextField
              name="title"
              label={t('titleOrAffiliation')}
              max={limits.title}
              defaultValue={v('title')}
              errors={err('title')}
              hint={individualsFootnote || t('titleHint')}
            />
          )}
          <CountrySelect
            name="country"
            label={t('country')}
            options={countries}
            required={org}
            internationalOption={org ? { value: INTERNATIONAL, label: t('international') } : undefined}
            defaultValue={v('country')}
            errors={err('country')}
          />
          {org && (
            <TextField
              name="website"
              label={t('website')}
              type="url"
              inputMode="url"
              max={limits.website}
              defaultValue={v('website')}
              errors={err('website')}
              hint={t('websiteHint')}
              autoComplete="url"
            />
          )}
        </fieldset>

        <fieldset className="mb-2">
          <legend className="mb-4 text-lg font-semibold">{t('privateLegend')}</legend>
          {org && (
            <>
              <TextField
                name="contactName"
                label={t('contactName')}
                required
                max={limits.contactName}
                defaultValue={v('contactName')}
                errors={err('contactName')}
                autoComplete="name"
              />
              <TextField
                name="contactRole"
                label={t('contactRole')}
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
            label={t('email')}
            type="email"
            inputMode="email"
            required
            max={limits.email}
            defaultValue={v('email')}
            errors={err('email')}
            autoComplete="email"
            hint={t('emailHint')}
          />
          <TextField
            name="comment"
            label={t('comment')}
            multiline
            max={limits.comment}
            defaultValue={v('comment')}
            errors={err('comment')}
          />
          {org && (
            <CheckboxField
              name="authorized"
              label={t('authorized')}
              required
              defaultChecked={v('authorized') === 'on'}
              errors={err('authorized')}
            />
          )}
          <CheckboxField
            name="keepInformed"
            label={t('keepInformed')}
            defaultChecked={v('keepInformed') === 'on'}
            errors={err('keepInformed')}
          />
        </fieldset>

        <SubmitButton pendingLabel={t('sending')}>{t('submit')}</SubmitButton>
      </form>
    </div>
  );
}
