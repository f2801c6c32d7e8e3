// `npm run import -- [--campaign SLUG] [--json] [--commit] [--kind organization|individual] [--read-as LINE=lines|people] FILE`
// Parses a signatory list (FILE, or "-" for standard input; a .csv file by its header row) and previews it. Without
// --campaign nothing touches the database; with it, entries that repeat the campaign's
// sign-ons are flagged, and --commit imports the rest as approved sign-ons.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { entriesFromCsv, readCsv } from '@/lib/import/csv';
import { markExistingDuplicates, parseSignatoryDocument, type Layout, type ParsedEntry, type Reading } from '@/lib/import/parse';
import { importReport, previewTable, readingNotes } from '@/lib/import/report';
import { importEntrySchema } from '@/lib/import/schemas';
import { entriesToImport, summarizeImport } from '@/lib/import/summary';

const usage =
  'Usage: npm run import -- [--campaign SLUG] [--json] [--commit] [--kind organization|individual] [--read-as LINE=lines|people]... FILE   (FILE "-" reads standard input)';

class UsageError extends Error {}

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        campaign: { type: 'string' },
        json: { type: 'boolean', default: false },
        commit: { type: 'boolean', default: false },
        kind: { type: 'string' },
        'read-as': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Name the file to import.' : 'Give exactly one file.');
  if (values.commit && !values.campaign) throw new UsageError('--commit needs --campaign SLUG.');
  if (values.campaign !== undefined && !values.campaign.trim()) throw new UsageError('--campaign needs a slug.');
  if (values.kind !== undefined && values.kind !== 'organization' && values.kind !== 'individual') {
    throw new UsageError('--kind is "organization" or "individual".');
  }
  const layouts: Record<number, Layout> = {};
  for (const choice of values['read-as'] ?? []) {
    const m = /^(\d{1,8})=(lines|people)$/.exec(choice);
    if (!m) throw new UsageError('--read-as is LINE=lines or LINE=people, for a section the preview says reads two ways.');
    layouts[Number(m[1])] = m[2] as Layout;
  }
  return { ...values, kind: values.kind as 'organization' | 'individual' | undefined, layouts, file: positionals[0]! };
}

async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file}: ${(error as Error).message}`);
  }
}

async function main(): Promise<number> {
  let options;
  try {
    options = readOptions();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${usage}`);
    return 2;
  }
  if (!options) {
    console.log(usage);
    return 0;
  }

  const text = await readInput(options.file);
  // A .csv file is read by its header row; anything else as pasted text.
  let entries: ParsedEntry[];
  let readings: Reading[] = [];
  if (/\.csv$/i.test(options.file)) entries = entriesFromCsv(readCsv(text), undefined, { defaultKind: options.kind });
  else ({ entries, readings } = parseSignatoryDocument(text, { defaultKind: options.kind, layouts: options.layouts }));
  let imported: { batchId: string; count: number } | null = null;
  let skippedExisting = 0;

  if (options.campaign) {
    // Only now is the database needed (and opened).
    const { closeDb } = await import('@/db/client');
    const { getExistingSignOnKeys, getImportTarget } = await import('@/lib/import/queries');
    try {
      const campaign = await getImportTarget(options.campaign);
      if (!campaign) throw new Error(`No campaign with the slug "${options.campaign}".`);
      entries = markExistingDuplicates(entries, await getExistingSignOnKeys(campaign.id));
      if (options.commit) {
        const { importEntries } = await import('@/lib/import/commands');
        const kept = entriesToImport(entries);
        const toWrite = kept.filter((e) => !e.flags.includes('duplicate_existing'));
        skippedExisting = kept.length - toWrite.length;
        if (toWrite.length === 0) throw new Error('Nothing to import: every entry is already on the list.');
        // Say which lines stop the import, rather than one error for the whole batch.
        const problems = toWrite.flatMap((e) => {
          const result = importEntrySchema.safeParse(e);
          return result.success ? [] : [`Line ${e.lineNumber}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
        });
        if (problems.length > 0) throw new Error(`Nothing was imported. Fix these lines first:\n${problems.join('\n')}`);
        const result = await importEntries({ campaignId: campaign.id, entries: toWrite }, null);
        imported = { batchId: result.batchId, count: result.count };
      }
    } finally {
      await closeDb();
    }
  }

  if (options.json) {
    const report = importReport(entries, readings);
    console.log(JSON.stringify(imported ? { ...report, imported } : report));
    return 0;
  }
  console.log(previewTable(entries));
  console.log('');
  const flagged = entries.filter((e) => e.flags.length > 0).length;
  if (flagged > 0) console.log(`${flagged} of ${entries.length} entries are flagged for review.`);
  for (const note of readingNotes(readings)) console.log(note);
  if (imported) {
    console.log(`Imported ${imported.count} sign-ons (batch ${imported.batchId}).`);
    if (skippedExisting > 0) console.log(`Left out ${skippedExisting} already on the list.`);
  }
  console.log(summarizeImport(entries).sentence);
  return 0;
}

// `npm run import -- list.txt | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
