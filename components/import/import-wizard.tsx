'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { idle, type FormState } from '@/lib/errors';
import { needsCountryChoice, type ImportScreen, type PreviewRow } from '@/lib/import/preview-form';
import type { ImportFlag } from '@/lib/import/types';
import type { FormAction } from '../ui/action-form';
import { ActionForm } from '../ui/action-form';
import { describedBy, FieldError, FormMessage, valueOf } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';

export type CountryOption = { code: string; name: string };

const columnLabels = {
  name: 'Name',
  country: 'Country',
  title: 'Title / affiliation',
  acronym: 'Acronym',
  kind: 'Kind (organization or individual)',
  ignore: 'Leave out',
} as const;

function flagLabel(flag: ImportFlag, row: PreviewRow): string {
  switch (flag) {
    case 'duplicate_in_paste':
      return row.duplicateOf === null ? 'Repeated in this list' : `Repeats entry ${row.duplicateOf + 1}`;
    case 'duplicate_existing':
      return 'Already on this letter';
    case 'country_not_recognised':
      return 'Country not recognised';
    case 'line_not_understood':
      return 'Line not understood';
    case 'region_mapped':
      return 'Region read as a country';
  }
}

const flagTone: Record<ImportFlag, string> = {
  duplicate_in_paste: 'border-warn/50 bg-warn/5 text-warn',
  duplicate_existing: 'border-warn/50 bg-warn/5 text-warn',
  country_not_recognised: 'border-bad/40 bg-bad/5 text-bad',
  line_not_understood: 'border-bad/40 bg-bad/5 text-bad',
  region_mapped: 'border-line bg-white text-muted',
};

/**
 * The import screen: paste or upload, map CSV columns, review and correct the preview,
 * import. Each step is a plain form whose state travels in its fields, so it all works
 * without JavaScript; with it, steps change without a page load.
 */
export function ImportWizard({
  campaignId,
  action,
  undoAction,
  countries,
}: {
  campaignId: string;
  action: FormAction<ImportScreen>;
  undoAction: FormAction;
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
        <ActionForm action={undoAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="campaignId" value={campaignId} />
          <input type="hidden" name="batchId" value={screen.batchId} />
          <SubmitButton className="btn-secondary">Undo this import</SubmitButton>
        </ActionForm>
        <p>
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
      <div>
        <label htmlFor="import-text" className="field-label">
          Paste the list
        </label>
        <p id="import-text-hint" className="field-hint">
          As it appears in a letter or document: one entry per line, tables, headings such as “Organizations” and “Individuals”. Nothing is saved until you
          confirm the preview.
        </p>
        <textarea
          id="import-text"
          name="text"
          rows={14}
          className="field-input font-mono text-sm"
          defaultValue={valueOf(state, 'text')}
          {...describedBy(state, 'text', 'import-text-hint')}
        />
        <FieldError state={state} name="text" />
      </div>
      <div>
        <label htmlFor="import-file" className="field-label">
          Or upload a CSV file
        </label>
        <p id="import-file-hint" className="field-hint">
          Up to 1 MB, saved from a spreadsheet (comma, semicolon or tab separated). You choose which column holds what next.
        </p>
        <input id="import-file" name="file" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" {...describedBy(state, 'file', 'import-file-hint')} />
        <FieldError state={state} name="file" />
      </div>
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

function PreviewForm({
  state,
  screen,
  formAction,
  campaignId,
  countries,
}: {
  state: FormState<ImportScreen>;
  screen: Extract<ImportScreen, { step: 'preview' }>;
  formAction: (formData: FormData) => void;
  campaignId: string;
  countries: readonly CountryOption[];
}) {
  const flagged = screen.rows.filter((r) => r.flags.length > 0).length;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="state" value={screen.state} />
      <section aria-labelledby="preview-heading" className="card space-y-2">
        <h2 id="preview-heading" className="font-serif text-xl font-semibold">
          Preview: nothing is saved yet
        </h2>
        <p>
          {screen.rows.length} {screen.rows.length === 1 ? 'entry was' : 'entries were'} found
          {flagged > 0 ? `; ${flagged} ${flagged === 1 ? 'needs' : 'need'} a look` : ''}. After the import the letter will show:
        </p>
        <p className="font-serif text-xl font-semibold" data-testid="preview-sentence">
          {screen.sentence}
        </p>
        <p className="text-sm text-muted">
          Changed a country, a name or a checkbox? Update the preview to see the sentence and the flags again. Entries repeated in this list are counted once
          unless you tick “keep both”.
        </p>
        <FormMessage state={state} />
        <div className="flex flex-wrap items-center gap-3 pt-2">
          {/* The form's first buttons, so Enter in a field updates the preview rather than importing. */}
          <SubmitButton name="intent" value="refresh" className="btn-secondary">
            Update preview
          </SubmitButton>
          <SubmitButton name="intent" value="import">
            Import {screen.importCount} {screen.importCount === 1 ? 'entry' : 'entries'}
          </SubmitButton>
          <Link href={`/dashboard/campaigns/${campaignId}/import`}>Start again</Link>
        </div>
      </section>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Entries found, with the original lines</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="p-2">
                #
              </th>
              <th scope="col" className="p-2">
                Entry
              </th>
              <th scope="col" className="p-2">
                Country
              </th>
              <th scope="col" className="p-2">
                Review
              </th>
              <th scope="col" className="p-2">
                Original line
              </th>
            </tr>
          </thead>
          <tbody>
            {screen.rows.map((row, i) => (
              <PreviewTableRow
                key={i}
                index={i}
                row={row}
                errors={screen.rowErrors[i] ?? []}
                countries={needsCountryChoice(row) || screen.expanded.includes(i) ? countries : null}
                countryName={countries.find((c) => c.code === row.country)?.name ?? row.country ?? ''}
              />
            ))}
          </tbody>
        </table>
      </div>
    </form>
  );
}

function PreviewTableRow({
  index,
  row,
  errors,
  countries,
  countryName,
}: {
  index: number;
  row: PreviewRow;
  errors: string[];
  /** Every country, or null to offer only the row's own (and a button for the full list). */
  countries: readonly CountryOption[] | null;
  countryName: string;
}) {
  const n = index + 1;
  const field = (name: string) => `rows.${index}.${name}`;
  const id = (name: string) => `row-${index}-${name}`;
  const errorId = `row-${index}-errors`;
  const skipped = row.excluded || (row.flags.includes('duplicate_in_paste') && !row.keep);
  return (
    <tr className={`border-t border-line align-top ${skipped ? 'bg-paper text-muted' : ''}`} data-testid="preview-row">
      <th scope="row" className="p-2 font-normal">
        {n}
      </th>
      <td className="p-2">
        <div className="grid gap-1 sm:grid-cols-[8rem_1fr]">
          <label htmlFor={id('kind')} className="sr-only">
            Kind of entry {n}
          </label>
          <select id={id('kind')} name={field('kind')} defaultValue={row.kind} className="field-input py-1">
            <option value="organization">Organization</option>
            <option value="individual">Individual</option>
          </select>
          <div>
            <label htmlFor={id('name')} className="sr-only">
              Name of entry {n}
            </label>
            <input
              id={id('name')}
              name={field('name')}
              defaultValue={row.name}
              className="field-input py-1"
              aria-invalid={errors.length > 0 || undefined}
              aria-describedby={errors.length > 0 ? errorId : undefined}
            />
          </div>
          <label htmlFor={id('acronym')} className="text-xs text-muted sm:text-right sm:self-center">
            Acronym <span className="sr-only">of entry {n}</span>
          </label>
          <input id={id('acronym')} name={field('acronym')} defaultValue={row.acronym ?? ''} className="field-input py-1" />
          <label htmlFor={id('title')} className="text-xs text-muted sm:text-right sm:self-center">
            Title <span className="sr-only">of entry {n}</span>
          </label>
          <input id={id('title')} name={field('title')} defaultValue={row.title ?? ''} className="field-input py-1" />
        </div>
        {errors.length > 0 && (
          <p id={errorId} className="field-error">
            {errors.join(' ')}
          </p>
        )}
      </td>
      <td className="p-2">
        <label htmlFor={id('country')} className="sr-only">
          Country of entry {n}
        </label>
        <select id={id('country')} name={field('country')} defaultValue={row.country ?? ''} className="field-input max-w-48 py-1">
          <option value="">None / international</option>
          {(countries ?? (row.country ? [{ code: row.country, name: countryName }] : [])).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        {!countries && (
          <button type="submit" name="intent" value={`edit-${index}`} className="mt-1 block text-xs text-accent underline">
            Other country<span className="sr-only"> for entry {n}</span>
          </button>
        )}
      </td>
      <td className="p-2">
        {row.flags.length > 0 && (
          <ul className="mb-1 flex flex-wrap gap-1" aria-label={`Flags of entry ${n}`}>
            {row.flags.map((flag) => (
              <li key={flag} className={`rounded-full border px-2 py-0.5 text-xs ${flagTone[flag]}`}>
                {flagLabel(flag, row)}
              </li>
            ))}
          </ul>
        )}
        {row.flags.includes('duplicate_in_paste') && (
          <label className="flex items-center gap-1 text-xs">
            <input type="checkbox" name={field('keep')} defaultChecked={row.keep} /> Keep both
            <span className="sr-only"> (entry {n})</span>
          </label>
        )}
        <label className="flex items-center gap-1 text-xs">
          <input type="checkbox" name={field('exclude')} defaultChecked={row.excluded} /> Exclude
          <span className="sr-only"> entry {n}</span>
        </label>
      </td>
      <td className="p-2">
        <pre className="whitespace-pre-wrap font-mono text-xs text-muted">{row.line}</pre>
      </td>
    </tr>
  );
}
