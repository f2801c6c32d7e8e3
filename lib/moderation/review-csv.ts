import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { campaigns, signOns } from '@/db/schema';
import { requireRole } from '../auth/roles';
import { DomainError } from '../errors';
import { countryName } from '../lists/countries';
import { csvOptions, UTF8_BOM } from '../lists/csv';
import { findDuplicateWarnings, queueConditions } from './queries';
import type { QueueFilter } from './schemas';

export const reviewCsvColumns = [
  'status',
  'kind',
  'name',
  'acronym',
  'title',
  'country',
  'country_name',
  'website',
  'contact_name',
  'contact_role',
  'email',
  'comment',
  'keep_informed',
  'version_signed',
  'source',
  'submitted_at',
  'confirmed_at',
  'decision_reason',
  'possible_duplicates',
  'id',
] as const;

const BATCH = 200;

// The same protection as the public exports: a cell starting with = + - @, tab or CR gets a '.
const options = { ...csvOptions, columns: [...reviewCsvColumns] };

const utc = (d: Date | null) => (d ? `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '');

/**
 * The review queue of one campaign as CSV, for coordinators who review offline: every entry
 * matching the filter with its private fields and duplicate warnings, in the order they
 * arrived, read in batches (keyset on created_at, id). Coordinators of the campaign only.
 */
export async function reviewQueueCsv(
  campaignId: string,
  actorId: string,
  filter: Omit<QueueFilter, 'page'>,
): Promise<{ fileName: string; chunks: AsyncGenerator<string> }> {
  const db = await getDb();
  await requireRole(db, campaignId, actorId, 'editor');
  const [campaign] = await db.select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) throw new DomainError('not_found', 'Campaign not found.');
  const where = queueConditions(campaignId, filter);
  async function* chunks(): AsyncGenerator<string> {
    yield UTF8_BOM + stringify([], { ...options, header: true });
    let afterId: string | null = null;
    for (;;) {
      // The database keeps microseconds a JavaScript date would lose: the next batch starts after
      // the last row as the database has it.
      const last: string | null = afterId;
      const rows = await db
        .select()
        .from(signOns)
        .where(
          and(
            where,
            last ? sql`(${signOns.createdAt}, ${signOns.id}) > (select s.created_at, s.id from sign_ons s where s.id = ${last}::uuid)` : undefined,
          ),
        )
        .orderBy(asc(signOns.createdAt), asc(signOns.id))
        .limit(BATCH);
      if (rows.length === 0) return;
      const warnings = await findDuplicateWarnings(db, campaignId, rows.map((r) => r.id));
      yield stringify(
        rows.map((r) => ({
          status: r.status,
          kind: r.kind,
          name: r.displayName,
          acronym: r.acronym ?? '',
          title: r.title ?? '',
          country: r.country ?? '',
          country_name: countryName(r.country) ?? '',
          website: r.website ?? '',
          contact_name: r.contactName ?? '',
          contact_role: r.contactRole ?? '',
          email: r.email ?? '',
          comment: r.comment ?? '',
          keep_informed: r.keepInformed ? 'yes' : 'no',
          version_signed: String(r.versionSigned),
          source: r.source,
          submitted_at: utc(r.createdAt),
          confirmed_at: utc(r.verifiedAt),
          decision_reason: r.decisionReason ?? '',
          possible_duplicates: (warnings.get(r.id) ?? []).map((w) => `${w.otherName} (${w.reason.replace(/_/g, ' ')})`).join('; '),
          id: r.id,
        })),
        { ...options, header: false },
      );
      afterId = rows.at(-1)!.id;
      if (rows.length < BATCH) return;
    }
  }
  return { fileName: `${campaign.slug}-review-queue.csv`, chunks: chunks() };
}
