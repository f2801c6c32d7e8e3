'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { idle, type FormState } from '@/lib/errors';
import type { ImportScreen } from '@/lib/import/preview-form';
import type { FormAction } from '../ui/action-form';
import { PreviewForm, type CountryOption } from './import-preview';
import { FormField } from '../ui/form-field';
import { FormMessage, valueOf } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';

export type { CountryOption };

const columnLabels = {
  name: 'Name',
  country: 'Country',
  title: 'Title / affiliation',
  acronym: 'Acronym',
  kind: 'Kind (organization or individual)',
  ignore: 'Leave out',
} as const;

/**
 * The import screen: paste or upload, map CSV columns, review and correct the preview,
 * import. Each step is a plain form whose state travels in its fields, so it all works
 * without JavaScript; with it, steps change without a page load.
 */
export function ImportWizard({
  campaignId,
  action,
  countries,
}: {
  campaignId: string;
  action: FormAction<ImportScreen>;
  countries: readonly CountryOption[];
}) {
  const [state, formAction] = useActionState(action, idle as FormState<ImportScreen>);
  const screen = state.status === 'success' ? state.data : undefined;

  if (screen?.step === 'imported') {
    return (
      <section aria-labelledby="imported-heading" className="card space-y-3">
        <h2 id="imported-heading" className="font-serif text-xl font-semibold">
          Imported
        </h2>
        <FormMessage state={state} />
        <p>
          The letter now shows: <strong data-testid="imported-sentence">{screen.sentence}</strong>
        </p>
        <p className="flex flex-wrap items-center gap-3">
          <Link href={`/dashboard/campaigns/${campaignId}/import?undo=${screen.batchId}`} className="btn-secondary">
            Undo this import…
          </Link>
          <Link href={`/dashboard/campaigns/${campaignId}/import`}>Import another list</Link>
        </p>
      </section>
    );
  }

  if (screen?.step === 'mapping') {
    return (
      <form action={formAction} className="card space-y-4">
        <h2 className="font-serif text-xl font-semibold">Which column holds what?</h2>
        <p className="text-sm text-muted">
          {screen.fileName ? `${screen.fileName}: ` : ''}the columns were guessed from their headings. Change any that are wrong.
        </p>
        <input type="hidden" name="campaignId" value={campaignId} />
        <input type="hidden" name="csv" value={screen.csv} />
        <input type="hidden" name="fileName" value={screen.fileName} />
        <input type="hidden" name="defaultKind" value={screen.defaultKind} />
        <div className="overflow-x-auto">
          <table className="text-sm">
            <caption className="sr-only">Columns of the file and the first rows</caption>
            <thead>
              <tr>
                {screen.headers.map((h, i) => (
                  <th key={i} scope="col" className="p-2 text-left align-bottom">
                    <label htmlFor={`column-${i}`} className="block font-semibold">
                      {h || `Column ${i + 1}`}
                    </label>
                    <select id={`column-${i}`} name={`columns.${i}`} defaultValue={screen.columns[i] ?? 'ignore'} className="field-input mt-1 py-1">
                      {Object.entries(columnLabels).map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </select>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {screen.sample.map((cells, r) => (
                <tr key={r} className="border-t border-line">
                  {screen.headers.map((_, i) => (
                    <td key={i} className="p-2">
                      {cells[i] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton name="intent" value="map">
            Show the preview
          </SubmitButton>
          <Link href={`/dashboard/campaigns/${campaignId}/import`}>Start again</Link>
        </div>
      </form>
    );
  }

  if (screen?.step === 'preview') {
    return <PreviewForm key={screen.key} state={state} screen={screen} formAction={formAction} campaignId={campaignId} countries={countries} />;
  }

  return (
    <form action={formAction} className="card space-y-5" noValidate>
      <input type="hidden" name="campaignId" value={campaignId} />
      <FormField
        state={state}
        id="import-text"
        name="text"
        label="Paste the list"
        hint="As it appears in a letter or document: one entry per line, tables, headings such as “Organizations” and “Individuals”. Nothing is saved until you confirm the preview."
        hintFirst
      >
        {(control) => <textarea {...control} rows={14} className="field-input font-mono text-sm" defaultValue={valueOf(state, 'text')} />}
      </FormField>
      <FormField
        state={state}
        id="import-file"
        name="file"
        label="Or upload a CSV file"
        hint="Up to 1 MB, saved from a spreadsheet (comma, semicolon or tab separated). You choose which column holds what next."
        hintFirst
      >
        {(control) => <input {...control} type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" />}
      </FormField>
      <div>
        <label htmlFor="import-kind" className="field-label">
          Entries without a heading are
        </label>
        <select id="import-kind" name="defaultKind" defaultValue={valueOf(state, 'defaultKind', 'organization')} className="field-input max-w-60">
          <option value="organization">Organizations</option>
          <option value="individual">Individuals</option>
        </select>
      </div>
      <SubmitButton name="intent" value="parse">
        Preview the import
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
