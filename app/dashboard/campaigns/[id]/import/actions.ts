'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { validatedAction } from '@/lib/actions/validated-action';
import { requireCoordinatorForAction, type CurrentCoordinator } from '@/lib/auth/session';
import { DomainError, type FormState } from '@/lib/errors';
import { importEntries, undoImport } from '@/lib/import/commands';
import { entriesFromCsv, readCsv } from '@/lib/import/csv';
import { guessColumnRoles, parseSignatoryList, type ParsedEntry } from '@/lib/import/parse';
import {
  applyRowInputs,
  importFormSchema,
  previewState,
  validateRowsToImport,
  type ImportFormInput,
  type ImportScreen,
} from '@/lib/import/preview-form';
import { previewImportRows } from '@/lib/import/queries';
import { getCounts } from '@/lib/lists/queries';

// Server actions are public POST endpoints: each re-reads the session, and every query and
// command re-checks the coordinator's role on the campaign named in the form.
const authorize = requireCoordinatorForAction;
const refresh = (id: string) => revalidatePath(`/dashboard/campaigns/${id}`, 'layout');

type Result = FormState<ImportScreen>;
type Step<I extends ImportFormInput['intent']> = Extract<ImportFormInput, { intent: I }>;

async function preview(
  campaignId: string,
  me: CurrentCoordinator,
  entries: ParsedEntry[],
  choices: { excluded?: Set<number>; keep?: Set<number>; firstLook?: boolean } = {},
  rowErrors: Record<number, string[]> = {},
  message?: string,
  expanded: number[] = [],
): Promise<Result> {
  if (entries.length === 0) {
    throw new DomainError('invalid_input', 'No entries were found. Check the text or the column chosen for names.', {
      text: ['No entries were found in this text.'],
    });
  }
  const result = await previewImportRows({ campaignId, entries, ...choices }, me.id);
  return {
    status: 'success',
    message,
    data: { step: 'preview', key: randomUUID(), state: previewState(result.rows), ...result, rowErrors, expanded },
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
  return preview(input.campaignId, me, parseSignatoryList(text, { defaultKind: input.defaultKind }), { firstLook: true });
}

async function mapStep(input: Step<'map'>, me: CurrentCoordinator): Promise<Result> {
  const table = readCsv(input.csv);
  const columns = table.headers.map((_, i) => input.columns[i] ?? 'ignore');
  return preview(input.campaignId, me, entriesFromCsv(table, columns, { defaultKind: input.defaultKind }), { firstLook: true });
}

async function previewStep(input: Exclude<ImportFormInput, { intent: 'parse' | 'map' }>, me: CurrentCoordinator): Promise<Result> {
  const { entries, excluded, keep } = applyRowInputs(input.state, input.rows);
  if (input.intent === 'refresh') return preview(input.campaignId, me, entries, { excluded, keep }, {}, 'Preview updated.');
  if (input.intent !== 'import') {
    const row = Number(input.intent.slice('edit-'.length));
    return preview(input.campaignId, me, entries, { excluded, keep }, {}, `Choose the country of entry ${row + 1}.`, [row]);
  }

  // Flags are worked out again here, never taken from the form.
  const shown = await previewImportRows({ campaignId: input.campaignId, entries, excluded, keep }, me.id);
  const checked = validateRowsToImport(shown.rows);
  if (!checked.ok) {
    const problems = Object.keys(checked.rowErrors).length;
    return preview(
      input.campaignId,
      me,
      entries,
      { excluded, keep },
      checked.rowErrors,
      problems > 0 ? `Nothing was imported: correct the ${problems === 1 ? 'entry' : `${problems} entries`} marked below.` : 'Nothing was imported: every entry is excluded.',
    );
  }
  const result = await importEntries({ campaignId: input.campaignId, entries: checked.entries }, me.id);
  refresh(input.campaignId);
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
    default:
      return previewStep(input, me);
  }
});

export const undoImportAction = validatedAction(
  { schema: z.object({ campaignId: z.uuid(), batchId: z.uuid({ error: 'Unknown import.' }) }), authorize },
  async (input, me) => {
    const { removed } = await undoImport({ batchId: input.batchId }, me.id);
    refresh(input.campaignId);
    return { status: 'success', message: `Import undone: ${removed} ${removed === 1 ? 'entry was' : 'entries were'} removed from the list.` };
  },
);
