'use client';

import { useActionState } from 'react';
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
        label={org ? 'Organization name' : 'Full name'}
        required
        max={limits.displayName}
        defaultValue={value('displayName', current.displayName)}
        errors={errs('displayName')}
      />
      {org ? (
        <TextField idPrefix="edit" name="acronym" label="Acronym" max={limits.acronym} defaultValue={value('acronym', current.acronym)} errors={errs('acronym')} />
      ) : (
        <TextField idPrefix="edit" name="title" label="Title or affiliation" max={limits.title} defaultValue={value('title', current.title)} errors={errs('title')} />
      )}
      <CountrySelect
        idPrefix="edit"
        name="country"
        label="Country"
        options={countries}
        required={org}
        internationalOption={org ? { value: INTERNATIONAL, label: 'International / no single country' } : undefined}
        defaultValue={value('country', current.country ?? (org ? INTERNATIONAL : ''))}
        errors={errs('country')}
      />
      {org && (
        <TextField idPrefix="edit" name="website" label="Website" type="url" max={limits.website} defaultValue={value('website', current.website)} errors={errs('website')} hint="Starting with https:// or http://." />
      )}
      {approved && <p className="mb-4 text-warn">Saving a change sends your sign-on back to the coordinators for review.</p>}
      <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
    </form>
  );
}
