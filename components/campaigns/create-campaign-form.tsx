'use client';

import { useActionState } from 'react';
import { idle } from '@/lib/errors';
import { describedBy, FieldError, FormMessage, valueOf } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';
import type { FormAction } from '../ui/action-form';

export function CreateCampaignForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="card space-y-5 max-w-xl" noValidate>
      <div>
        <label htmlFor="title" className="field-label">
          Title of the letter
        </label>
        <input id="title" name="title" required className="field-input" defaultValue={valueOf(state, 'title')} {...describedBy(state, 'title')} />
        <FieldError state={state} name="title" />
      </div>
      <div>
        <label htmlFor="slug" className="field-label">
          Web address
        </label>
        <input
          id="slug"
          name="slug"
          required
          className="field-input"
          defaultValue={valueOf(state, 'slug')}
          {...describedBy(state, 'slug', 'slug-hint')}
        />
        <p id="slug-hint" className="field-hint">
          The letter will be at /letters/<em>this-address</em>. Lower-case letters, digits and hyphens; it can change until
          the letter opens.
        </p>
        <FieldError state={state} name="slug" />
      </div>
      <div>
        <label htmlFor="language" className="field-label">
          Language of the letter
        </label>
        <input
          id="language"
          name="language"
          required
          className="field-input max-w-40"
          defaultValue={valueOf(state, 'language', 'en')}
          {...describedBy(state, 'language', 'language-hint')}
        />
        <p id="language-hint" className="field-hint">
          A language tag: en, fr, es, pt-BR…
        </p>
        <FieldError state={state} name="language" />
      </div>
      <SubmitButton>Create the campaign</SubmitButton>
      {!(state.status === 'error' && state.fieldErrors) && <FormMessage state={state} />}
    </form>
  );
}
