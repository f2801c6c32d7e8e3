'use client';

import { useActionState, useState } from 'react';
import { idle, type FormState } from '@/lib/errors';
import { describedBy, FieldError, FormMessage } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';
import { LetterPreview } from './letter-preview';
import type { LetterText } from '@/lib/letters/schemas';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export type TranslationEditorLabels = {
  language: string;
  save: string;
  preview: string;
  fields: Record<keyof LetterText, string>;
};

type Props = {
  action: Action;
  campaignId: string;
  /** The version of the original shown beside it: saving brings the translation in line with it. */
  currentVersion: number;
  /** Fixed for an existing translation; a choice for a new one. */
  locale: string | { choices: { value: string; label: string }[] };
  initial: LetterText;
  labels: TranslationEditorLabels;
  /** Keeps the ids of several editors on one page apart. */
  idPrefix: string;
};

const rows: Partial<Record<keyof LetterText, number>> = { addressees: 4, body: 18, cc: 2, individualsFootnote: 2 };

/** One language of the letter, with a live preview in that language. */
export function TranslationEditor({ action, campaignId, currentVersion, locale, initial, labels, idPrefix }: Props) {
  const [state, formAction] = useActionState(action, idle as FormState);
  const [letter, setLetter] = useState(initial);
  const [picked, setChosen] = useState(typeof locale === 'string' ? locale : (locale.choices[0]?.value ?? ''));
  // A language just added leaves the choices: the form offers the next one.
  const chosen = typeof locale === 'string' || locale.choices.some((c) => c.value === picked) ? picked : (locale.choices[0]?.value ?? '');
  const [shownState, setShownState] = useState(state);
  if (shownState !== state) {
    // A new translation, once saved, has its own editor above: this form starts over.
    setShownState(state);
    if (state.status === 'success' && typeof locale !== 'string') setLetter(initial);
  }
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form action={formAction} className="space-y-5" noValidate>
        <input type="hidden" name="campaignId" value={campaignId} />
        <input type="hidden" name="basedOnVersion" value={currentVersion} />
        {typeof locale === 'string' ? (
          <input type="hidden" name="locale" value={locale} />
        ) : (
          <div>
            <label htmlFor={id('locale')} className="field-label">
              {labels.language}
            </label>
            <select id={id('locale')} name="locale" value={chosen} onChange={(e) => setChosen(e.target.value)} className="field-input">
              {locale.choices.map((c) => (
                <option key={c.value} value={c.value} lang={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
            <FieldError state={state} name="locale" />
          </div>
        )}
        {(Object.keys(labels.fields) as (keyof LetterText)[]).map((name) => {
          const common = {
            id: id(name),
            name,
            value: letter[name],
            lang: chosen,
            onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setLetter((l) => ({ ...l, [name]: e.target.value })),
            ...describedBy(state, name),
          };
          return (
            <div key={name}>
              <label htmlFor={id(name)} className="field-label">
                {labels.fields[name]}
              </label>
              {rows[name] ? <textarea rows={rows[name]} {...common} className="field-input font-mono text-sm" /> : <input {...common} className="field-input" />}
              <FieldError state={state} name={name} />
            </div>
          );
        })}
        <SubmitButton>{labels.save}</SubmitButton>
        <FormMessage state={state} />
      </form>
      <section aria-label={labels.preview} className="lg:sticky lg:top-4 self-start">
        <p className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">{labels.preview}</p>
        <div className="card">
          <LetterPreview letter={letter} lang={chosen} />
        </div>
      </section>
    </div>
  );
}
