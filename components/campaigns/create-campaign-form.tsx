'use client';

import { useActionState, useState } from 'react';
import { slugFromTitle } from '@/lib/campaigns/slug';
import { idle } from '@/lib/errors';
import { describedBy, FieldError, FormMessage, valueOf } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';
import type { FormAction } from '../ui/action-form';

export function CreateCampaignForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, idle);
  const [title, setTitle] = useState(valueOf(state, 'title'));
  // The address follows the title until the coordinator types one of their own.
  const [slug, setSlug] = useState<string | null>(valueOf(state, 'slug') || null);
  return (
    <form action={formAction} className="card space-y-5 max-w-xl" noValidate>
      <div>
        <label htmlFor="title" className="field-label">
          Title of the letter
        </label>
        <input
          id="title"
          name="title"
          required
          className="field-input"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          {...describedBy(state, 'title')}
        />
        <FieldError state={state} name="title" />
      </div>
      <div>
        <label htmlFor="slug" className="field-label">
          Web address
        </label>
        <input
          id="slug"
          name="slug"
          className="field-input"
          value={slug ?? slugFromTitle(title)}
          onChange={(e) => setSlug(e.target.value)}
          {...describedBy(state, 'slug', 'slug-hint')}
        />
        <p id="slug-hint" className="field-hint">
          The letter will be at /letters/<em>this-address</em>. Lower-case letters, digits and hyphens; made from the title
          if you leave it empty, and it can change until the letter opens.
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
