import Link from 'next/link';
import type { FormState } from '@/lib/errors';
import { needsCountryChoice, UNDECIDED, type ImportScreen, type PreviewRow } from '@/lib/import/preview-form';
import type { Layout, Reading } from '@/lib/import/parse';
import type { ImportFlag } from '@/lib/import/types';
import { FormMessage } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';

export type CountryOption = { code: string; name: string };
type Screen = Extract<ImportScreen, { step: 'preview' }>;

const flagNames: Record<ImportFlag, string> = {
  duplicate_in_paste: 'Repeated in this list',
  duplicate_existing: 'Already on this letter',
  country_not_recognised: 'Country not recognised',
  line_not_understood: 'Line not understood',
  region_mapped: 'Region read as a country',
};

function flagLabel(flag: ImportFlag, row: PreviewRow): string {
  if (flag === 'duplicate_in_paste' && row.duplicateOf !== null) return `Repeats entry ${row.duplicateOf + 1}`;
  return flagNames[flag];
}

const flagTone: Record<ImportFlag, string> = {
  duplicate_in_paste: 'border-warn/50 bg-warn/5 text-warn',
  duplicate_existing: 'border-warn/50 bg-warn/5 text-warn',
  country_not_recognised: 'border-bad/40 bg-bad/5 text-bad',
  line_not_understood: 'border-bad/40 bg-bad/5 text-bad',
  region_mapped: 'border-line bg-white text-muted',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The preview of an import, built for lists of a hundred entries and more: one compact row
 * per entry with its name at full width, a "flagged only" view, and a kind change for the
 * selected rows. Every control is a submit button or a field of one plain form, so it all
 * works without JavaScript; rows filtered out stay in the form (hidden), so their inputs
 * are never lost.
 */
export function PreviewForm({
  state,
  screen,
  formAction,
  campaignId,
  countries,
}: {
  state: FormState<ImportScreen>;
  screen: Screen;
  formAction: (formData: FormData) => void;
  campaignId: string;
  countries: readonly CountryOption[];
}) {
  const flagged = screen.rows.filter((r) => r.flags.length > 0).length;
  const shown = (row: PreviewRow) => screen.filter === 'all' || row.flags.length > 0;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="state" value={screen.state} />
      <input type="hidden" name="source" value={screen.source} />
      <input type="hidden" name="defaultKind" value={screen.defaultKind} />
      <input type="hidden" name="layouts" value={screen.layouts} />
      <input type="hidden" name="filter" value={screen.filter} />
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
        <FlagSummary counts={screen.flagCounts} />
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
      {screen.readings.length > 0 && <ReadingChoices readings={screen.readings} />}
      <section aria-labelledby="entries-heading" className="card space-y-3 px-3 sm:px-5">
        <h2 id="entries-heading" className="font-serif text-lg font-semibold">
          Entries{screen.filter === 'flagged' ? ' that need a look' : ''}
        </h2>
        <EntriesToolbar filter={screen.filter} flagged={flagged} total={screen.rows.length} />
        {screen.filter === 'flagged' && flagged === 0 && <p className="text-sm text-muted">No entry needs a look any more.</p>}
        <ol className="divide-y divide-line">
          {screen.rows.map((row, i) => (
            <PreviewListRow
              key={i}
              index={i}
              row={row}
              hidden={!shown(row)}
              errors={screen.rowErrors[i] ?? []}
              countries={needsCountryChoice(row) || screen.expanded.includes(i) ? countries : null}
              countryName={countries.find((c) => c.code === row.country)?.name ?? row.country ?? ''}
            />
          ))}
        </ol>
      </section>
    </form>
  );
}

/** The flagged-only view and the kind change for selected rows: submit buttons of the preview form. */
function EntriesToolbar({ filter, flagged, total }: { filter: Screen['filter']; flagged: number; total: number }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      {filter === 'all' ? (
        <button type="submit" name="intent" value="show-flagged" className="btn-secondary py-1 text-sm" disabled={flagged === 0}>
          Show flagged only ({flagged})
        </button>
      ) : (
        <button type="submit" name="intent" value="show-all" className="btn-secondary py-1 text-sm">
          Show all {total} entries
        </button>
      )}
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="sr-only">Change the kind of the selected entries</legend>
        <span className="text-sm text-muted" aria-hidden="true">
          Selected:
        </span>
        <button type="submit" name="intent" value="kind-individual" className="btn-secondary py-1 text-sm">
          These are individuals
        </button>
        <button type="submit" name="intent" value="kind-organization" className="btn-secondary py-1 text-sm">
          These are organizations
        </button>
      </fieldset>
    </div>
  );
}

function FlagSummary({ counts }: { counts: Screen['flagCounts'] }) {
  if (counts.length === 0) return null;
  return (
    <ul aria-label="Flags by kind" className="flex flex-wrap gap-1 text-sm">
      {counts.map(({ flag, count }) => (
        <li key={flag} className={`rounded-full border px-2 py-0.5 ${flagTone[flag]}`}>
          {flagNames[flag]}: {count}
        </li>
      ))}
    </ul>
  );
}

function describeReading(layout: Layout, counts: Reading['counts'][Layout]): string {
  if (layout === 'people') return `${plural(counts.individuals, 'person', 'people')} with the lines below each name as their title`;
  const parts = [counts.organizations > 0 ? plural(counts.organizations, 'organization', 'organizations') : '', counts.individuals > 0 ? plural(counts.individuals, 'individual', 'individuals') : ''];
  return `${parts.filter(Boolean).join(' and ') || 'nothing'}, one per line`;
}

/** Sections the parser could read two ways: how each was read, and a button for the other reading. */
function ReadingChoices({ readings }: { readings: Reading[] }) {
  return (
    <section aria-labelledby="readings-heading" className="card space-y-2 border-warn/50">
      <h2 id="readings-heading" className="font-semibold">
        {readings.length === 1 ? 'Part of the list can' : 'Parts of the list can'} be read two ways
      </h2>
      <ul className="space-y-2">
        {readings.map((r) => (
          <li key={r.line} className="space-y-1">
            <p>
              Lines {r.line}–{r.lastLine} are read as {describeReading(r.layout, r.counts[r.layout])}.
            </p>
            <button type="submit" name="intent" value={`reading-${r.line}-${r.alternative}`} className="btn-secondary py-1 text-sm">
              Read lines {r.line}–{r.lastLine} as {describeReading(r.alternative, r.counts[r.alternative])}
            </button>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">Reading lines again starts the preview over from the pasted text, without your changes.</p>
    </section>
  );
}

function PreviewListRow({
  index,
  row,
  hidden,
  errors,
  countries,
  countryName,
}: {
  index: number;
  row: PreviewRow;
  hidden: boolean;
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
    <li className={`py-2 ${skipped ? 'bg-paper text-muted' : ''}`} data-testid="preview-row" hidden={hidden}>
      <div className="flex items-start gap-2">
        <input type="checkbox" id={id('selected')} name={field('selected')} className="mt-2 size-4 shrink-0" />
        <label htmlFor={id('selected')} className="mt-1 w-7 shrink-0 text-right text-sm tabular-nums text-muted">
          {n}
          <span className="sr-only">: select entry {n}</span>
        </label>
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor={id('name')} className="sr-only">
            Name of entry {n}
          </label>
          <input
            id={id('name')}
            name={field('name')}
            defaultValue={row.name}
            className="field-input w-full py-1"
            aria-invalid={errors.length > 0 || undefined}
            aria-describedby={errors.length > 0 ? errorId : undefined}
          />
          <RowDetails index={index} row={row} countries={countries} countryName={countryName} />
          <RowFlags index={index} row={row} />
          <p className="font-mono text-xs whitespace-pre-wrap text-muted [overflow-wrap:anywhere]">
            <span className="sr-only">Original line of entry {n}: </span>
            {row.line}
          </p>
          {errors.length > 0 && (
            <p id={errorId} className="field-error">
              {errors.join(' ')}
            </p>
          )}
        </div>
      </div>
    </li>
  );
}

/** A short text field of one entry, its visible label naming the entry for screen readers. */
function TextDetail({ index, name, label, value, width }: { index: number; name: string; label: string; value: string | null; width: string }) {
  const id = `row-${index}-${name}`;
  return (
    <>
      <label htmlFor={id} className="text-xs text-muted">
        {label} <span className="sr-only">of entry {index + 1}</span>
      </label>
      <input id={id} name={`rows.${index}.${name}`} defaultValue={value ?? ''} className={`field-input ${width} py-1 text-sm`} />
    </>
  );
}

/** Kind, country, and the acronym (organizations) or title (individuals), on one wrapping line. */
function RowDetails({ index, row, countries, countryName }: { index: number; row: PreviewRow; countries: readonly CountryOption[] | null; countryName: string }) {
  const n = index + 1;
  const field = (name: string) => `rows.${index}.${name}`;
  const id = (name: string) => `row-${index}-${name}`;
  // A place nobody recognised is not "international": it waits for the coordinator's choice.
  const undecided = row.country === null && row.flags.includes('country_not_recognised');
  return (
    <div className="flex flex-wrap items-center gap-1">
      <label htmlFor={id('kind')} className="sr-only">
        Kind of entry {n}
      </label>
      <select id={id('kind')} name={field('kind')} defaultValue={row.kind} className="field-input w-auto py-1 text-sm">
        <option value="organization">Organization</option>
        <option value="individual">Individual</option>
      </select>
      <label htmlFor={id('country')} className="sr-only">
        Country of entry {n}
      </label>
      <select id={id('country')} name={field('country')} defaultValue={undecided ? UNDECIDED : (row.country ?? '')} className="field-input w-auto max-w-full min-w-0 py-1 text-sm">
        {undecided && <option value={UNDECIDED}>Not recognised: choose…</option>}
        <option value="">No country (international)</option>
        {(countries ?? (row.country ? [{ code: row.country, name: countryName }] : [])).map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
      {!countries && (
        <button type="submit" name="intent" value={`edit-${index}`} className="text-xs text-accent underline">
          Other country<span className="sr-only"> for entry {n}</span>
        </button>
      )}
      {row.kind === 'organization' ? <TextDetail index={index} name="acronym" label="Acronym" value={row.acronym} width="w-24" /> : null}
      {row.kind === 'individual' || row.title ? <TextDetail index={index} name="title" label="Title" value={row.title} width="min-w-0 flex-1 basis-40" /> : null}
    </div>
  );
}

function RowFlags({ index, row }: { index: number; row: PreviewRow }) {
  const n = index + 1;
  const field = (name: string) => `rows.${index}.${name}`;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {row.flags.length > 0 && (
        <ul className="flex flex-wrap gap-1" aria-label={`Flags of entry ${n}`}>
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
    </div>
  );
}
