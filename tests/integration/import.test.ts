import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { campaignMembers, campaigns, importBatches, signOns } from '@/db/schema';
import { importEntries, undoImport } from '@/lib/import/commands';
import { parseSignatoryList } from '@/lib/import/parse';
import { getExistingSignOnKeys, previewImport } from '@/lib/import/queries';
import { markExistingDuplicates } from '@/lib/import/parse';
import { entriesToImport, summarizeImport } from '@/lib/import/summary';
import { getCounts } from '@/lib/lists/queries';
import { createCampaign, createCoordinator } from '../support/factories';
import { auditOf } from '../support/records';
import { runScript } from '../support/run-script';

const pasted = [
  'Organizations',
  'Example Marsh Trust (EMT), Kenya',
  'Example Reed Collective – Uganda',
  'Example Marsh Trust – Kenya',
  'Example Heron Network',
  '',
  'Individuals',
  'Jane Placeholder, Professor of Law, Ghana',
  'Omar Sample',
].join('\n');

describe('importEntries', () => {
  it('writes approved sign-ons with no email, in one batch, and the public summary matches the preview', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id, currentVersion: 3 });
    const parsed = parseSignatoryList(pasted);
    const preview = summarizeImport(parsed);
    expect(preview.sentence).toBe('3 organizations and 2 individuals from 3 countries');

    const result = await importEntries({ campaignId: campaign.id, entries: entriesToImport(parsed) }, owner.id);
    expect(result).toMatchObject({ count: 5, organizations: 3, individuals: 2 });

    const db = await getDb();
    const rows = await db.select().from(signOns).where(eq(signOns.campaignId, campaign.id));
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'approved', source: 'import', email: null, canonicalEmail: null, versionSigned: 3, importBatchId: result.batchId });
      expect(row.approvedAt).toBeInstanceOf(Date);
    }
    expect(rows.find((r) => r.displayName === 'Example Marsh Trust')).toMatchObject({ acronym: 'EMT', country: 'KE', normalizedName: 'example marsh trust' });
    expect(rows.find((r) => r.displayName === 'Jane Placeholder')).toMatchObject({ kind: 'individual', title: 'Professor of Law', country: 'GH' });

    expect((await getCounts(campaign.id)).summary).toBe(preview.sentence);

    const [batch] = await db.select().from(importBatches).where(eq(importBatches.id, result.batchId));
    expect(batch).toMatchObject({ campaignId: campaign.id, coordinatorId: owner.id, entryCount: 5, undoneAt: null });
    const [event] = await auditOf(campaign.id, 'sign-ons.imported');
    expect(event).toMatchObject({ actorType: 'coordinator', actorId: owner.id, subjectId: result.batchId });
    expect(event?.data).toMatchObject({ count: 5 });
  });

  it('lets an editor import, records an operator import without an actor, and keeps a chosen duplicate', async () => {
    const owner = await createCoordinator();
    const editor = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    const db = await getDb();
    await db.insert(campaignMembers).values({ campaignId: campaign.id, coordinatorId: editor.id, role: 'editor' });
    const parsed = parseSignatoryList(pasted);
    const keep = entriesToImport(parsed, { keepDuplicates: new Set([2]) });
    expect(keep).toHaveLength(6);
    await importEntries({ campaignId: campaign.id, entries: keep }, editor.id);
    await importEntries({ campaignId: campaign.id, entries: [{ kind: 'organization', name: 'Example Egret Forum', country: 'tz' }] }, null);
    expect((await getCounts(campaign.id)).organizations).toBe(5);
    const operator = await auditOf(campaign.id, 'sign-ons.imported');
    expect(operator.map((e) => e.actorType).sort()).toEqual(['coordinator', 'operator']);
  });

  it('refuses non-members, locked lists and invalid entries', async () => {
    const owner = await createCoordinator();
    const stranger = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    const entries = [{ kind: 'organization', name: 'Example Ibis Group', country: 'KE' }];
    await expect(importEntries({ campaignId: campaign.id, entries }, stranger.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      importEntries({ campaignId: campaign.id, entries: [{ kind: 'organization', name: 'Example Ibis Group', country: 'Kenya' }] }, owner.id),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(importEntries({ campaignId: campaign.id, entries: [{ kind: 'organization', name: '  ' }] }, owner.id)).rejects.toMatchObject({
      code: 'invalid_input',
    });

    const locked = await createCampaign({ ownerId: owner.id, status: 'closed' });
    const db = await getDb();
    await db.update(campaigns).set({ status: 'locked', lockedAt: new Date() }).where(eq(campaigns.id, locked.id));
    await expect(importEntries({ campaignId: locked.id, entries }, owner.id)).rejects.toMatchObject({ code: 'invalid_transition' });
    expect(await db.select().from(signOns).where(eq(signOns.campaignId, campaign.id))).toHaveLength(0);
    expect(await db.select().from(importBatches).where(eq(importBatches.campaignId, locked.id))).toHaveLength(0);
  });

  it('flags entries already on the list for the preview', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    await importEntries({ campaignId: campaign.id, entries: [{ kind: 'organization', name: 'The Example Marsh Trust', country: 'KE' }] }, owner.id);
    const flagged = markExistingDuplicates(parseSignatoryList(pasted), await getExistingSignOnKeys(campaign.id));
    expect(flagged.filter((e) => e.flags.includes('duplicate_existing')).map((e) => e.name)).toEqual(['Example Marsh Trust', 'Example Marsh Trust']);
  });
});

describe('previewImport', () => {
  it('previews pasted text for a coordinator of the campaign only', async () => {
    const owner = await createCoordinator();
    const stranger = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    await importEntries({ campaignId: campaign.id, entries: [{ kind: 'individual', name: 'Omar Sample' }] }, owner.id);
    const preview = await previewImport({ campaignId: campaign.id, text: pasted }, owner.id);
    expect(preview.entries.map((e) => [e.name, e.flags])).toEqual([
      ['Example Marsh Trust', []],
      ['Example Reed Collective', []],
      ['Example Marsh Trust', ['duplicate_in_paste']],
      ['Example Heron Network', []],
      ['Jane Placeholder', []],
      ['Omar Sample', ['duplicate_existing']],
    ]);
    expect(preview.summary.sentence).toBe('3 organizations and 2 individuals from 3 countries');
    // Omar Sample is already approved: after the import the list holds him once.
    expect(preview.afterImport.sentence).toBe('3 organizations and 2 individuals from 3 countries');
    await importEntries({ campaignId: campaign.id, entries: entriesToImport(preview.entries).filter((e) => !e.flags.includes('duplicate_existing')) }, owner.id);
    expect((await getCounts(campaign.id)).summary).toBe(preview.afterImport.sentence);
    await expect(previewImport({ campaignId: campaign.id, text: pasted }, stranger.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('undoImport', () => {
  it('removes the batch’s sign-ons, records it, and cannot run twice', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    const before = await getCounts(campaign.id);
    await importEntries({ campaignId: campaign.id, entries: [{ kind: 'organization', name: 'Example Stork Union', country: 'ML' }] }, owner.id);
    const { batchId } = await importEntries({ campaignId: campaign.id, entries: entriesToImport(parseSignatoryList(pasted)) }, owner.id);

    expect(await undoImport({ batchId }, owner.id)).toEqual({ removed: 5 });
    const db = await getDb();
    const left = await db.select().from(signOns).where(eq(signOns.campaignId, campaign.id));
    expect(left.map((r) => r.displayName)).toEqual(['Example Stork Union']);
    expect((await getCounts(campaign.id)).organizations).toBe(before.organizations + 1);
    const [batch] = await db.select().from(importBatches).where(eq(importBatches.id, batchId));
    expect(batch?.undoneAt).toBeInstanceOf(Date);
    const [event] = await auditOf(campaign.id, 'sign-ons.import-undone');
    expect(event).toMatchObject({ actorType: 'coordinator', actorId: owner.id, subjectId: batchId });
    expect(event?.data).toMatchObject({ count: 5 });

    await expect(undoImport({ batchId }, owner.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('is refused after the lock and to non-members', async () => {
    const owner = await createCoordinator();
    const stranger = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id, status: 'closed' });
    const { batchId } = await importEntries({ campaignId: campaign.id, entries: [{ kind: 'individual', name: 'Rosa Testcase' }] }, owner.id);
    await expect(undoImport({ batchId }, stranger.id)).rejects.toMatchObject({ code: 'not_found' });
    const db = await getDb();
    await db.update(campaigns).set({ status: 'locked', lockedAt: new Date() }).where(eq(campaigns.id, campaign.id));
    await expect(undoImport({ batchId }, owner.id)).rejects.toMatchObject({ code: 'invalid_transition' });
    expect(await db.select().from(signOns).where(eq(signOns.importBatchId, batchId))).toHaveLength(1);
  });
});

describe('npm run import -- --campaign', () => {
  it('flags sign-ons already on the list and imports the rest with --commit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'undersigned-import-'));
    try {
      const env = { PGLITE_DIR: path.join(dir, 'pglite'), DATABASE_URL: '' };
      expect((await runScript('seed.ts', [], { env })).code).toBe(0);
      const list = path.join(dir, 'list.txt');
      writeFileSync(list, ['Centre for Water Justice (CWJ), Kenya', 'Example Kingfisher Alliance – Zambia', 'Example Otter Watch'].join('\n'));

      const commit = await runScript('import.ts', ['--campaign', 'protect-the-river-commons', '--commit', list], { env });
      expect(commit.stderr).toBe('');
      expect(commit.code).toBe(0);
      expect(commit.stdout).toMatch(/Centre for Water Justice\s+CWJ\s+KE\s+duplicate_existing/);
      expect(commit.stdout).toContain('Imported 2 sign-ons');
      expect(commit.stdout).toContain('Left out 1 already on the list.');
      // The last line speaks of the file alone, as the preview did.
      expect(commit.stdout.trimEnd().split('\n').at(-1)).toBe('3 organizations from 2 countries');

      const bad = path.join(dir, 'bad.txt');
      writeFileSync(bad, ['Example Ibis Group, Kenya', `Example ${'Very '.repeat(50)}Long Name`].join('\n'));
      const refused = await runScript('import.ts', ['--campaign', 'protect-the-river-commons', '--commit', bad], { env });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('Nothing was imported. Fix these lines first:\nLine 2: name: At most 200 characters.');

      // Imported now, so a second look finds every entry on the list.
      const again = await runScript('import.ts', ['--campaign', 'protect-the-river-commons', '--json', list], { env });
      expect(again.code).toBe(0);
      const report = JSON.parse(again.stdout) as { entries: { flags: string[] }[] };
      expect(report.entries.map((e) => e.flags)).toEqual([['duplicate_existing'], ['duplicate_existing'], ['duplicate_existing']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
