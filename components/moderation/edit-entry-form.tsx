'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { CountrySelect, type CountryOption } from '../sign-ons/country-select';
import { TextField } from '../sign-ons/fields';

type State = { error?: string; fieldErrors?: Record<string, string[] | undefined> };

/** A coordinator's correction of an entry's public fields; the signer's original is kept. */
export function EditEntryForm({
  action,
  campaignId,
  back,
  entry,
  countries,
}: {
  action: (prev: State, formData: FormData) => Promise<State>;
  campaignId: string;
  back: string;
  entry: { id: string; kind: 'organization' | 'individual'; displayName: string; acronym: string | null; title: string | null; country: string | null };
  countries: readonly CountryOption[];
}) {
  const [state, formAction] = useActionState(action, {});
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={formAction} className="card max-w-2xl">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="back" value={back} />
      <input type="hidden" name="signOnId" value={entry.id} />
      <TextField
        name="displayName"
        label={entry.kind === 'organization' ? 'Organization name' : 'Full name'}
        required
        max={200}
        defaultValue={entry.displayName}
        errors={errors('displayName')}
      />
      {entry.kind === 'organization' ? (
        <>
          <TextField name="acronym" label="Acronym" max={20} defaultValue={entry.acronym ?? ''} errors={errors('acronym')} />
          <input type="hidden" name="title" value="" />
        </>
      ) : (
        <>
          <TextField name="title" label="Title / affiliation" max={300} defaultValue={entry.title ?? ''} errors={errors('title')} />
          <input type="hidden" name="acronym" value="" />
        </>
      )}
      <CountrySelect name="country" label="Country" options={countries} defaultValue={entry.country ?? ''} errors={errors('country')} />
      {state.error && (
        <p role="alert" className="mb-3 rounded-md border border-bad/40 bg-bad/5 px-3 py-2 text-sm text-bad">
          {state.error}
        </p>
      )}
      <SubmitButton>Save changes</SubmitButton>
    </form>
  );
}
