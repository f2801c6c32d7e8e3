'use client';

import { useActionState, useState } from 'react';
import { idle, type FormState } from '@/lib/errors';
import type { LetterText } from '@/lib/letters/schemas';
import { FormField } from '../ui/form-field';
import { describedBy, FieldError, FormMessage } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';
import { LetterPreview } from './letter-preview';


type Action = (prev: FormState<{ version: number }>, formData: FormData) => Promise<FormState<{ version: number }>>;

type Props = {
  action: Action;
  campaignId: string;
  isDraft: boolean;
  slug: string;
  language: string;
  currentVersion: number;
  initial: LetterText;
};

const textFields: { name: keyof LetterText; label: string; rows?: number; hint?: string }[] = [
  { name: 'title', label: 'Title' },
  { name: 'dateLine', label: 'Date line', hint: 'For example "Brussels, 1 December 2026".' },
  { name: 'addressees', label: 'Addressees', rows: 4, hint: 'Names, offices and addresses, one per line.' },
  {
    name: 'body',
    label: 'Body',
    rows: 18,
    hint: 'Markdown: ## heading, **bold**, *italic*, - lists, 1. numbered lists, [link text](https://…). HTML is not allowed.',
  },
  { name: 'closing', label: 'Closing', hint: 'For example "Sincerely,".' },
  { name: 'cc', label: 'CC (optional)', rows: 2 },
  { name: 'individualsFootnote', label: 'Footnote for individuals (optional)', rows: 2, hint: 'For example "Affiliations for identification purposes only."' },
];

/** The letter form with a live preview rendered by the same components as the public page. */
export function LetterEditor({ action, campaignId, isDraft, slug, language, currentVersion, initial }: Props) {
  const [state, formAction] = useActionState(action, idle as FormState<{ version: number }>);
  const [letter, setLetter] = useState(initial);
  const set = (name: keyof LetterText) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setLetter((l) => ({ ...l, [name]: e.target.value }));

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form action={formAction} className="space-y-5" noValidate>
        <input type="hidden" name="campaignId" value={campaignId} />
        <input type="hidden" name="baseVersion" value={currentVersion} />
        {isDraft && (
          <FormField state={state} id="slug" label="Web address" hint={`/letters/${slug}: can change until the letter opens.`}>
            {(control) => <input {...control} defaultValue={slug} className="field-input" />}
          </FormField>
        )}
        {textFields.map((f) => (
          <FormField key={f.name} state={state} id={f.name} label={f.label} hint={f.hint}>
            {(control) =>
              f.rows ? (
                <textarea {...control} rows={f.rows} value={letter[f.name]} onChange={set(f.name)} className="field-input font-mono text-sm" />
              ) : (
                <input {...control} value={letter[f.name]} onChange={set(f.name)} className="field-input" />
              )
            }
          </FormField>
        ))}
        {!isDraft && (
          <fieldset className="card space-y-3">
            <legend className="font-medium px-1">This change</legend>
            <div role="radiogroup" aria-labelledby="changeKind-legend" {...describedBy(state, 'changeKind')}>
              <p id="changeKind-legend" className="field-label">
                Kind of change
              </p>
              <label className="flex items-start gap-2">
                <input type="radio" name="changeKind" value="minor" className="mt-1.5" />
                <span>Minor: typo or formatting; signers are not emailed.</span>
              </label>
              <label className="flex items-start gap-2">
                <input type="radio" name="changeKind" value="substantive" className="mt-1.5" />
                <span>Substantive: the meaning changes; everyone who signed an earlier version is emailed the changes and can withdraw.</span>
              </label>
              <FieldError state={state} name="changeKind" />
            </div>
            <div>
              <label htmlFor="changeNote" className="field-label">
                What changed
              </label>
              <input id="changeNote" name="changeNote" className="field-input" {...describedBy(state, 'changeNote')} />
              <FieldError state={state} name="changeNote" />
            </div>
          </fieldset>
        )}
        <SubmitButton>{isDraft ? 'Save draft' : `Save as version ${currentVersion + 1}`}</SubmitButton>
        <FormMessage state={state} />
      </form>
      <section aria-labelledby="preview-heading" className="lg:sticky lg:top-4 self-start">
        <h2 id="preview-heading" className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
          Preview, as the public will see it
        </h2>
        <div className="card">
          <LetterPreview letter={letter} lang={language} />
        </div>
      </section>
    </div>
  );
}
