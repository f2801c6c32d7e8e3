'use server';

import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { validatedAction } from '@/lib/actions/validated-action';
import { requireCoordinatorForAction, type CurrentCoordinator } from '@/lib/auth/session';
import { DomainError, type FormState } from '@/lib/errors';
import { importEntries, undoImport } from '@/lib/import/commands';
import { entriesFromCsv, readCsv } from '@/lib/import/csv';
import { guessColumnRoles, parseSignatoryList, type EntryKind, type Layout, type ParsedEntry } from '@/lib/import/parse';
import {
  applyRowInputs,
  flagCounts,
  importFormSchema,
  numberKeys,
  previewState,
  readingsOf,
  setKind,
  validateRowsToImport,
  type ImportFormInput,
  type ImportScreen,
  type PreviewFilter,
} from '@/lib/import/preview-form';
import { previewImportRows } from '@/lib/import/queries';
import { getCounts } from '@/lib/lists/queries';

// Server actions are public POST endpoints: each re-reads the session, and every query and
// command re-checks the coordinator's role on the campaign named in the form.
const authorize = requireCoordinatorForAction;

type Result = FormState<ImportScreen>;
type Step<I extends ImportFormInput['intent']> = Extract<ImportFormInput, { intent: I }>;

/** What the preview was read from, carried from one preview to the next. */
type Reading = { source: string; defaultKind: EntryKind; layouts: Record<string, Layout> };

type PreviewOptions = {
  reading: Reading;
  excluded?: Set<number>;
  keep?: Set<number>;
  firstLook?: boolean;
  rowErrors?: Record<number, string[]>;
  message?: string;
  expanded?: number[];
  filter?: PreviewFilter;
};

async function preview(campaignId: string, me: CurrentCoordinator, entries: ParsedEntry[], options: PreviewOptions): Promise<Result> {
  if (entries.length === 0) {
    throw new DomainError('invalid_input', 'No entries were found. Check the text or the column chosen for names.', {
      text: ['No entries were found in this text.'],
    });
  }
  const { reading } = options;
  const result = await previewImportRows({ campaignId, entries, excluded: options.excluded, keep: options.keep, firstLook: options.firstLook }, me.id);
  return {
    status: 'success',
    message: options.message,
    data: {
      step: 'preview',
      key: randomUUID(),
      state: previewState(result.rows),
      ...result,
      rowErrors: options.rowErrors ?? {},
      expanded: options.expanded ?? [],
      source: reading.source,
      defaultKind: reading.defaultKind,
      layouts: JSON.stringify(reading.layouts),
      readings: readingsOf(reading.source, reading),
      filter: options.filter ?? 'all',
      flagCounts: flagCounts(result.rows),
    },
  };
}

const csvFile = (file: File) => /\.(csv|tsv)$/i.test(file.name) || /csv|tab-separated/.test(file.type);

async function parseStep(input: Step<'parse'>, me: CurrentCoordinator): Promise<Result> {
  if (input.file && csvFile(input.file)) {
    const csv = await input.file.text();
    const table = readCsv(csv);
    return {
      status: 'success',
      data: {
        step: 'mapping',
        csv,
        fileName: input.file.name,
        headers: table.headers,
        sample: table.rows.slice(0, 5).map((r) => r.cells),
        columns: guessColumnRoles(table.headers),
        defaultKind: input.defaultKind,
      },
    };
  }
  const text = input.file ? await input.file.text() : input.text;
  if (!text.trim()) throw new DomainError('invalid_input', 'Paste a list or choose a CSV file.', { text: ['Paste a list or choose a CSV file.'] });
  const reading = { source: text, defaultKind: input.defaultKind, layouts: {} };
  return preview(input.campaignId, me, parseSignatoryList(text, { defaultKind: input.defaultKind }), { reading, firstLook: true });
}

async function mapStep(input: Step<'map'>, me: CurrentCoordinator): Promise<Result> {
  const table = readCsv(input.csv);
  const columns = table.headers.map((_, i) => input.columns[i] ?? 'ignore');
  const reading = { source: '', defaultKind: input.defaultKind, layouts: {} };
  return preview(input.campaignId, me, entriesFromCsv(table, columns, { defaultKind: input.defaultKind }), { reading, firstLook: true });
}

type PreviewInput = Exclude<ImportFormInput, { intent: 'parse' | 'map' }>;

/** Every button of the preview but "Import": the same rows shown again, changed as asked. */
async function reviewStep(input: PreviewInput, me: CurrentCoordinator): Promise<Result> {
  const { entries, excluded, keep, selected } = applyRowInputs(input.state, input.rows);
  const reading: Reading = { source: input.source, defaultKind: input.defaultKind, layouts: input.layouts };
  const base = { reading, excluded, keep, filter: input.filter };
  const { intent } = input;
  if (intent === 'refresh') return preview(input.campaignId, me, entries, { ...base, message: 'Preview updated.' });
  if (intent === 'show-flagged' || intent === 'show-all') {
    const filter = intent === 'show-flagged' ? 'flagged' : 'all';
    return preview(input.campaignId, me, entries, { ...base, filter, message: filter === 'flagged' ? 'Showing the entries that need a look.' : 'Showing every entry.' });
  }
  if (intent === 'kind-individual' || intent === 'kind-organization') {
    const kind = intent === 'kind-individual' ? 'individual' : 'organization';
    if (selected.size === 0) return preview(input.campaignId, me, entries, { ...base, message: 'Select the entries to change first.' });
    const message = `${selected.size} ${selected.size === 1 ? 'entry is' : 'entries are'} now ${kind === 'individual' ? 'individuals' : 'organizations'}.`;
    return preview(input.campaignId, me, setKind(entries, selected, kind), { ...base, message });
  }
  if (intent.startsWith('reading-')) {
    const [, line, layout] = intent.split('-') as [string, string, Layout];
    const layouts = { ...input.layouts, [line]: layout };
    const reread = parseSignatoryList(input.source, { defaultKind: input.defaultKind, layouts: numberKeys(layouts) });
    const message = `Lines from ${line} are now read ${layout === 'lines' ? 'one entry per line' : 'as people with their titles'}.`;
    return preview(input.campaignId, me, reread, { reading: { ...reading, layouts }, firstLook: true, message });
  }
  const row = Number(intent.slice('edit-'.length));
  return preview(input.campaignId, me, entries, { ...base, message: `Choose the country of entry ${row + 1}.`, expanded: [row] });
}

async function importStep(input: PreviewInput, me: CurrentCoordinator): Promise<Result> {
  const { entries, excluded, keep } = applyRowInputs(input.state, input.rows);
  const reading: Reading = { source: input.source, defaultKind: input.defaultKind, layouts: input.layouts };
  // Flags are worked out again here, never taken from the form.
  const shown = await previewImportRows({ campaignId: input.campaignId, entries, excluded, keep }, me.id);
  const checked = validateRowsToImport(shown.rows);
  if (!checked.ok) {
    const problems = Object.keys(checked.rowErrors).length;
    return preview(input.campaignId, me, entries, {
      reading,
      excluded,
      keep,
      rowErrors: checked.rowErrors,
      message: problems > 0 ? `Nothing was imported: correct the ${problems === 1 ? 'entry' : `${problems} entries`} marked below.` : 'Nothing was imported: every entry is excluded.',
    });
  }
  const result = await importEntries({ campaignId: input.campaignId, entries: checked.entries }, me.id);
  const { summary } = await getCounts(input.campaignId);
  return {
    status: 'success',
    message: `Imported ${result.count} ${result.count === 1 ? 'entry' : 'entries'}.`,
    data: { step: 'imported', batchId: result.batchId, count: result.count, sentence: summary },
  };
}

export const importStepAction = validatedAction({ schema: importFormSchema, authorize }, async (input, me): Promise<Result> => {
  switch (input.intent) {
    case 'parse':
      return parseStep(input, me);
    case 'map':
      return mapStep(input, me);
    case 'import':
      return importStep(input, me);
    default:
      return reviewStep(input, me);
  }
});

/** Confirmed on its own page first (`?undo=`); back on the import page, the outcome is said there. */
export const undoImportAction = validatedAction(
  { schema: z.object({ campaignId: z.uuid(), batchId: z.uuid({ error: 'Unknown import.' }) }), authorize },
  async (input, me) => {
    const { removed } = await undoImport({ batchId: input.batchId }, me.id);
    redirect(`/dashboard/campaigns/${input.campaignId}/import?undone=${removed}`);
  },
);
