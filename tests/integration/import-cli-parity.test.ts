import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSignatoryList } from '@/lib/import/parse';
import { previewImportRows } from '@/lib/import/queries';
import { summarySentence } from '@/lib/lists/summary';
import { createCampaign, createCoordinator } from '../support/factories';
import { runScript } from '../support/run-script';

type Report = {
  entries: { kind: string; name: string; acronym: string | null; title: string | null; country: string | null; flags: string[]; line: string }[];
  summary: { organizations: number; individuals: number; countries: number };
  readings?: { line: number; alternative: string }[];
};

const fields = (e: Report['entries'][number]) => [e.kind, e.name, e.acronym, e.title, e.country, e.flags, e.line];

/** The Import tab's reading of pasted text: what its parse step hands the preview. */
async function tabReading(text: string, layouts: Record<number, 'lines' | 'people'> = {}) {
  const owner = await createCoordinator();
  const campaign = await createCampaign({ ownerId: owner.id });
  return previewImportRows({ campaignId: campaign.id, entries: parseSignatoryList(text, { layouts }), firstLook: true }, owner.id);
}

describe('the command line and the Import tab read a list the same way', () => {
  it('gives the same entries, flags and sentence for a 100-entry list in blocks', async () => {
    const file = 'tests/fixtures/signatories-blocks.txt';
    const cli = await runScript('import.ts', ['--json', file]);
    expect(cli.stderr).toBe('');
    const report = JSON.parse(cli.stdout) as Report;
    const tab = await tabReading(readFileSync(path.resolve(__dirname, '../..', file), 'utf8'));

    expect(report.entries).toHaveLength(100);
    expect(tab.rows.map(fields)).toEqual(report.entries.map(fields));
    expect(tab.sentence).toBe(summarySentence(report.summary));
    expect(tab.sentence).toBe('60 organizations and 40 individuals from 31 countries');
  }, 60_000);

  it('reads a section in doubt the other way on request, in both', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'undersigned-parity-'));
    try {
      const text = ['Example Watch, Kenya', '', 'Jane Doe', 'Free the Rivers Movement', '', 'John Roe', 'Lake Forum Collective, Peru'].join('\n');
      const file = path.join(dir, 'list.txt');
      writeFileSync(file, text);
      const first = JSON.parse((await runScript('import.ts', ['--json', file])).stdout) as Report;
      expect(first.readings).toEqual([expect.objectContaining({ line: 3, alternative: 'lines' })]);
      expect(first.summary).toEqual({ organizations: 1, individuals: 2, countries: 2 });

      const other = JSON.parse((await runScript('import.ts', ['--json', '--read-as', '3=lines', file])).stdout) as Report;
      const tab = await tabReading(text, { 3: 'lines' });
      expect(other.summary).toEqual({ organizations: 5, individuals: 0, countries: 2 });
      expect(tab.rows.map(fields)).toEqual(other.entries.map(fields));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
