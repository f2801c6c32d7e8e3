// The documented backup (README, "Backup and restore"), taken while sign-ons pour in and a
// list is being locked, restores into a new database with the locked list intact: the same
// hash, recomputed from the restored snapshot. Needs a PostgreSQL server: DATABASE_URL's, or
// the local one at 127.0.0.1:5432.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { asc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';
import { lockCampaign } from '@/lib/campaigns/final-list';
import { hashDocument } from '@/lib/lists/document';
import { getListCampaign, getSnapshotMeta } from '@/lib/lists/queries';
import { canonicalEmail, normalizeName } from '@/lib/sign-ons/normalize';

const run = promisify(execFile);
const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const urlFor = (name: string) => Object.assign(new URL(server), { pathname: `/${name}` }).toString();
const suffix = randomUUID().slice(0, 8);
const sourceName = `undersigned_backup_${suffix}`;
const restoredName = `undersigned_restored_${suffix}`;

let admin: postgres.Sql;
const clients: postgres.Sql[] = [];
function open(name: string): Db {
  const client = postgres(urlFor(name), { max: 8, onnotice: () => {} });
  clients.push(client);
  return drizzle(client, { schema }) as Db;
}

beforeAll(async () => {
  admin = postgres(server.toString(), { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin`select 1`;
  } catch (error) {
    throw new Error(
      `The backup and restore test needs PostgreSQL (DATABASE_URL, or a server at 127.0.0.1:5432 that user postgres may use): ${(error as Error).message}`,
    );
  }
  await admin.unsafe(`create database ${sourceName}`);
  await admin.unsafe(`create database ${restoredName}`);
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
  await admin.unsafe(`drop database if exists ${sourceName} with (force)`);
  await admin.unsafe(`drop database if exists ${restoredName} with (force)`);
  await admin.end();
});

const entry = (campaignId: string, i: number) => {
  const name = `Org ${i} ${randomUUID().slice(0, 6)}`;
  const email = `org${i}-${randomUUID().slice(0, 6)}@example.test`;
  return {
    campaignId,
    kind: 'organization' as const,
    status: 'approved' as const,
    displayName: name,
    country: ['KE', 'FR', 'BR', 'IN'][i % 4]!,
    normalizedName: normalizeName(name),
    email,
    canonicalEmail: canonicalEmail(email),
    versionSigned: 1,
  };
};

describe('backup and restore', () => {
  it('a pg_dump taken during load restores with the locked list and its hash', async () => {
    const db = open(sourceName);
    await migrate(db, { migrationsFolder: path.join(process.cwd(), 'db/migrations') });
    const [owner] = await db.insert(schema.coordinators).values({ email: `owner-${suffix}@example.test` }).returning();
    const make = async (slug: string, status: 'open' | 'closed') => {
      const [c] = await db.insert(schema.campaigns).values({ slug, title: `Letter ${slug}`, status, openedAt: new Date() }).returning();
      await db.insert(schema.letterVersions).values({ campaignId: c!.id, number: 1, title: c!.title, body: 'We ask.', closing: 'Sincerely,' });
      await db.insert(schema.campaignMembers).values({ campaignId: c!.id, coordinatorId: owner!.id, role: 'owner' });
      return c!;
    };
    const toLock = await make(`locked-${suffix}`, 'closed');
    const busy = await make(`busy-${suffix}`, 'open');
    for (let i = 0; i < 10; i++) await db.insert(schema.signOns).values(Array.from({ length: 100 }, (_, j) => entry(toLock.id, i * 100 + j)));

    // Sign-ons keep arriving in the other campaign throughout the lock and the dump.
    let loading = true;
    let inserted = 0;
    const load = (async () => {
      while (loading) {
        await db.insert(schema.signOns).values(Array.from({ length: 20 }, (_, j) => entry(busy.id, inserted + j)));
        inserted += 20;
      }
    })();
    const lock = await lockCampaign({ campaignId: toLock.id }, owner!.id, db);
    const dir = await mkdtemp(path.join(tmpdir(), 'undersigned-backup-'));
    const dump = path.join(dir, 'undersigned.dump');
    try {
      await run('pg_dump', ['-Fc', '--no-owner', '-f', dump, urlFor(sourceName)]);
      loading = false;
      await load;
      expect(inserted).toBeGreaterThan(0);
      await run('pg_restore', ['--no-owner', '--exit-on-error', '-d', urlFor(restoredName), dump]);
    } finally {
      loading = false;
      await rm(dir, { recursive: true, force: true });
    }

    // Recompute the published hash from the restored snapshot, as a reader of the JSON export would.
    const restored = open(restoredName);
    const campaign = await getListCampaign(toLock.slug, restored);
    expect(campaign?.status).toBe('locked');
    const meta = await getSnapshotMeta(campaign!, restored);
    const entries = await restored
      .select({ position: schema.snapshotEntries.position, kind: schema.snapshotEntries.kind, name: schema.snapshotEntries.name, acronym: schema.snapshotEntries.acronym, title: schema.snapshotEntries.title, country: schema.snapshotEntries.country })
      .from(schema.snapshotEntries)
      .where(eq(schema.snapshotEntries.campaignId, toLock.id))
      .orderBy(asc(schema.snapshotEntries.position));
    expect(entries).toHaveLength(1000);
    expect(await hashDocument(meta!, [entries])).toBe(lock.hash);
    expect(campaign!.snapshot?.hash).toBe(lock.hash);

    // The restored database still guards the list: its triggers came back with it.
    await expect(restored.delete(schema.snapshotEntries).where(eq(schema.snapshotEntries.campaignId, toLock.id))).rejects.toThrow();
    const busyRows = await restored.select({ id: schema.signOns.id }).from(schema.signOns).where(eq(schema.signOns.campaignId, busy.id));
    expect(busyRows.length).toBeGreaterThan(0);
  }, 180_000);
});
