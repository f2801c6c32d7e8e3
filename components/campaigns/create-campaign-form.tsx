'use client';

import { useActionState, useState } from 'react';
import { slugFromTitle } from '@/lib/campaigns/slug';
import { idle } from '@/lib/errors';
import { FormField } from '../ui/form-field';
import { FormMessage, valueOf } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';
import type { FormAction } from '../ui/action-form';

export function CreateCampaignForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, idle);
  const [title, setTitle] = useState(valueOf(state, 'title'));
  // The address follows the title until the coordinator types one of their own.
  const [slug, setSlug] = useState<string | null>(valueOf(state, 'slug') || null);
  return (
    <form action={formAction} className="card space-y-5 max-w-xl" noValidate>
      <FormField state={state} id="title" label="Title of the letter">
        {(control) => <input {...control} required className="field-input" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </FormField>
      <FormField
        state={state}
        id="slug"
        label="Web address"
        hint={
          <>
            The letter will be at /letters/<em>this-address</em>. Lower-case letters, digits and hyphens; made from the title if you leave it
            empty, and it can change until the letter opens.
          </>
        }
      >
        {(control) => <input {...control} className="field-input" value={slug ?? slugFromTitle(title)} onChange={(e) => setSlug(e.target.value)} />}
      </FormField>
      <FormField state={state} id="language" label="Language of the letter" hint="A language tag: en, fr, es, pt-BR…">
        {(control) => <input {...control} required className="field-input max-w-40" defaultValue={valueOf(state, 'language', 'en')} />}
      </FormField>
      <SubmitButton>Create the campaign</SubmitButton>
      {!(state.status === 'error' && state.fieldErrors) && <FormMessage state={state} />}
    </form>
  );
}
