'use client';

import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import type { FormState } from '@/lib/errors';
import { INTERNATIONAL, limits } from '@/lib/sign-ons/schemas';
import { CountrySelect, type CountryOption } from './country-select';
import { FormErrorAlert, TextField } from './fields';
import { SubmitButton } from './submit-button';

export type EditableFields = {
  kind: 'organization' | 'individual';
  displayName: string;
  acronym: string | null;
  title: string | null;
  country: string | null;
  website: string | null;
};

/** The signer's public fields; saving an approved entry sends it back to review. */
export function EditSignOnForm({
  action,
  current,
  countries,
  approved,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  current: EditableFields;
  countries: readonly CountryOption[];
  approved: boolean;
}) {
  const t = useTranslations('signOn');
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: 'idle' });
  const error = state.status === 'error' ? state : null;
  const value = (name: keyof EditableFields, fallback: string | null) => error?.values?.[name] ?? fallback ?? '';
  const errs = (name: string) => error?.fieldErrors?.[name];
  const org = current.kind === 'organization';
  return (
    <form action={formAction}>
      <FormErrorAlert state={state} />
      <TextField
        idPrefix="edit"
        name="displayName"
        label={org ? t('organizationName') : t('fullName')}
        required
        max={limits.displayName}
        defaultValue={value('displayName', current.displayName)}
        errors={errs('displayName')}
      />
      {org ? (
        <TextField idPrefix="edit" name="acronym" label={t('acronym')} max={limits.acronym} defaultValue={value('acronym', current.acronym)} errors={errs('acronym')} />
      ) : (
        <TextField idPrefix="edit" name="title" label={t('titleOrAffiliation')} max={limits.title} defaultValue={value('title', current.title)} errors={errs('title')} />
      )}
      <CountrySelect
        idPrefix="edit"
        name="country"
        label={t('country')}
        options={countries}
        required={org}
        internationalOption={org ? { value: INTERNATIONAL, label: t('international') } : undefined}
        defaultValue={value('country', current.country ?? (org ? INTERNATIONAL : ''))}
        errors={errs('country')}
      />
      {org && (
        <TextField idPrefix="edit" name="website" label={t('website')} type="url" max={limits.website} defaultValue={value('website', current.website)} errors={errs('website')} hint={t('websiteHint')} />
      )}
      {approved && <p className="mb-4 text-warn">{t('backToReview')}</p>}
      <SubmitButton pendingLabel={t('saving')}>{t('saveChanges')}</SubmitButton>
    </form>
  );
}
