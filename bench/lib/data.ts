import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { hashToken, newToken } from '../../lib/security/tokens';
import { canonicalEmail, normalizeName } from '../../lib/sign-ons/normalize';

/**
 * The little the data generator needs from a database, so the same code fills PostgreSQL
 * (postgres.js) and the embedded PGlite: parameterised queries and transactions.
 */
export type Exec = {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  transaction<T>(fn: (tx: Exec) => Promise<T>): Promise<T>;
};

export function postgresExec(sql: postgres.Sql | postgres.TransactionSql): Exec {
  return {
    query: async <T>(text: string, params: unknown[] = []) => (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[],
    transaction: async <T>(fn: (tx: Exec) => Promise<T>) => (await (sql as postgres.Sql).begin((tx) => fn(postgresExec(tx)))) as T,
  };
}

type PgliteLike = {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  transaction<T>(fn: (tx: { query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }> }) => Promise<T>): Promise<T>;
};

export function pgliteExec(pg: PgliteLike | Parameters<Parameters<PgliteLike['transaction']>[0]>[0]): Exec {
  return {
    query: async <T>(text: string, params: unknown[] = []) => (await pg.query<T>(text, params)).rows,
    transaction: <T>(fn: (tx: Exec) => Promise<T>) => (pg as PgliteLike).transaction((tx) => fn(pgliteExec(tx))),
  };
}

/** A multi-row INSERT with numbered parameters. */
async function insertRows(db: Exec, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const params: unknown[] = [];
  const values = rows.map((row) => `(${columns.map((c) => (params.push(row[c] ?? null), `$${params.length}`)).join(', ')})`);
  await db.query(`insert into ${table} (${columns.join(', ')}) values ${values.join(', ')}`, params);
}

const countries = ['KE', 'PE', 'BD', 'NL', 'BR', 'IN', 'NG', 'KR', 'FR', 'DE', 'US', 'GB', 'MX', 'ZA', 'PH', 'ID', 'NO', 'SN', 'ET', 'AR'];
// Names built the way coalition lists read: a place or theme, a cause and a kind of
// organization, from vocabularies large enough that look-alikes are occasional (as in real
// lists), not the rule. Exact repeats still happen, as they do in real sign-ons.
const places = ['Andean', 'Atlantic', 'Baltic', 'Coastal', 'Delta', 'Eastern', 'Global', 'Highland', 'Lakeside', 'Mekong', 'Nile', 'Northern', 'Pacific', 'Prairie', 'Rift Valley', 'Sahel', 'Southern', 'Tana', 'Upland', 'Western', 'Amazon', 'Alpine', 'Caribbean', 'Danube', 'Ganges', 'Kalahari', 'Mediterranean', 'Niger', 'Patagonian', 'Zambezi'];
const causes = ['River', 'Water', 'Forest', 'Climate', 'Justice', 'Fisherfolk', 'Women', 'Youth', 'Farmers', 'Health', 'Land Rights', 'Wetlands', 'Seeds', 'Ocean', 'Soil', 'Wildlife', 'Indigenous Peoples', 'Workers', 'Tenants', 'Education', 'Energy', 'Air Quality', 'Mangroves', 'Pastoralists', 'Coral Reef', 'Food Sovereignty', 'Peace', 'Press Freedom', 'Disability Rights', 'Urban Gardens'];
const forms = ['Alliance', 'Network', 'Centre', 'Friends', 'Coalition', 'Forum', 'Watch', 'Action Group', 'Union', 'Trust', 'Council', 'Initiative', 'Society', 'Foundation', 'Collective', 'Cooperative', 'Institute', 'Association', 'League', 'Movement'];
const given = ['Ada', 'Bruno', 'Chiara', 'Dmitri', 'Elena', 'Farah', 'Gustav', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lucia', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quentin', 'Rosa', 'Sipho', 'Tariq', 'Ula', 'Vera', 'Wanjiru', 'Xavier', 'Yuki', 'Zainab'];
const family = ['Okonkwo', 'Marchetti', 'Lindqvist', 'Adeyemi', 'Ruiz', 'Haddad', 'Nilsen', 'Kobayashi', 'Petrov', 'Wen', 'Mensah', 'Ferreira', 'Silva', 'Kamau', 'Rahman', 'Patel', 'Dubois', 'Castro', 'Ndlovu', 'Aziz', 'Novak', 'Kowalski', 'Murphy', 'Tanaka', 'Moreau', 'Osei', 'Quispe', 'Larsen', 'Ivanova', 'Mbeki'];
const pick = <T>(list: T[], i: number, salt: number): T => list[Math.floor(Math.abs(Math.sin(i * 12.9898 + salt * 78.233)) * 43758.5453) % list.length]!;

function name(i: number, kind: 'organization' | 'individual'): string {
  if (kind === 'individual') return `${pick(given, i, 1)} ${pick(family, i, 2)}`;
  return `${pick(places, i, 3)} ${pick(causes, i, 4)} ${pick(forms, i, 5)}`;
}

export async function createDatabase(admin: string, dbName: string): Promise<string> {
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  await sql.unsafe(`create database ${dbName}`);
  await sql.end();
  const url = new URL(admin);
  url.pathname = `/${dbName}`;
  return url.toString();
}

export async function dropDatabase(admin: string, dbName: string): Promise<void> {
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  await sql.unsafe(`drop database if exists ${dbName} with (force)`);
  await sql.end();
}

export async function createCoordinatorWithSession(db: Exec, email: string): Promise<{ id: string; sessionToken: string }> {
  const id = randomUUID();
  await db.query(`insert into coordinators (id, email, name) values ($1, $2, 'Bench Coordinator')`, [id, email]);
  const sessionToken = newToken();
  // Sessions are stored hashed (lib/auth); the cookie carries the raw token.
  await db.query(`insert into sessions (session_token, user_id, expires) values ($1, $2, now() + interval '1 day')`, [hashToken(sessionToken), id]);
  return { id, sessionToken };
}

export async function createCampaign(
  db: Exec,
  opts: { slug: string; status: 'open' | 'closed'; ownerId: string; liveList?: boolean },
): Promise<string> {
  const [c] = await db.query<{ id: string }>(
    `insert into campaigns (slug, title, status, live_list, opened_at, created_by) values ($1, $2, $3, $4, now(), $5) returning id`,
    [opts.slug, `Bench letter ${opts.slug}`, opts.status, opts.liveList ?? true, opts.ownerId],
  );
  await db.query(`insert into campaign_members (campaign_id, coordinator_id, role) values ($1, $2, 'owner')`, [c!.id, opts.ownerId]);
  await db.query(
    `insert into letter_versions (campaign_id, number, title, body, closing, addressees, date_line) values ($1, 1, $2, $3, 'Sincerely,', 'The Minister', '1 December 2026')`,
    [c!.id, `Bench letter ${opts.slug}`, 'We, the undersigned, ask for **clean rivers**.\n\n'.repeat(20)],
  );
  return c!.id;
}

/** Inserts sign-ons in multi-row batches; returns raw verification tokens when asked. */
export async function insertSignOns(
  db: Exec,
  campaignId: string,
  count: number,
  status: 'approved' | 'verified' | 'pending_verification',
  opts: { withVerifyTokens?: boolean; prefix?: string } = {},
): Promise<string[]> {
  const tokens: string[] = [];
  // 2,000 rows × 15 columns stays under PostgreSQL's 65,535 parameters.
  const batch = 2000;
  for (let start = 0; start < count; start += batch) {
    const rows = [];
    const tokenRows = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const kind = i % 5 === 0 ? 'individual' : 'organization';
      const display = name(i, kind);
      // Organizations write from their own domain, individuals from webmail or their own.
      const email = kind === 'organization' ? `info@${opts.prefix ?? 's'}${i}.bench.invalid` : `${opts.prefix ?? 's'}${i}@bench.invalid`;
      const id = randomUUID();
      rows.push({
        id,
        campaign_id: campaignId,
        kind,
        status,
        display_name: display,
        acronym: kind === 'organization' && i % 3 === 0 ? display.split(' ').map((w) => w[0]).join('') : null,
        title: kind === 'individual' ? 'Researcher' : null,
        country: i % 11 === 0 ? null : countries[i % countries.length]!,
        email,
        canonical_email: canonicalEmail(email),
        normalized_name: normalizeName(display),
        contact_name: kind === 'organization' ? 'Contact' : null,
        version_signed: 1,
        verified_at: status === 'pending_verification' ? null : new Date().toISOString(),
        approved_at: status === 'approved' ? new Date().toISOString() : null,
      });
      if (opts.withVerifyTokens) {
        const token = newToken();
        tokens.push(token);
        tokenRows.push({ sign_on_id: id, purpose: 'verify', token_hash: hashToken(token), expires_at: new Date(Date.now() + 86400e3).toISOString() });
      }
    }
    await insertRows(db, 'sign_ons', rows);
    await insertRows(db, 'sign_on_tokens', tokenRows);
  }
  return tokens;
}

export type BenchData = {
  owner: { id: string; sessionToken: string };
  signId: string;
  verifyId: string;
  verifyTokens: string[];
  reviewId: string;
  bulkId: string;
  lockId: string;
};

/**
 * Every scenario's data: an open letter with 5,000 approved, an empty one to sign, pending
 * sign-ons with known verification tokens, two queues of 10,000 awaiting (one to view, one
 * to approve in bulk) and a closed letter with 100,000 approved to lock.
 */
export async function generateBenchData(db: Exec, verifications: number): Promise<BenchData> {
  const owner = await createCoordinatorWithSession(db, 'bench-owner@bench.invalid');
  const openId = await createCampaign(db, { slug: 'bench-open', status: 'open', ownerId: owner.id, liveList: true });
  await insertSignOns(db, openId, 5000, 'approved', { prefix: 'open' });
  const signId = await createCampaign(db, { slug: 'bench-sign', status: 'open', ownerId: owner.id });
  const verifyId = await createCampaign(db, { slug: 'bench-verify', status: 'open', ownerId: owner.id });
  const verifyTokens = await insertSignOns(db, verifyId, verifications, 'pending_verification', { withVerifyTokens: true, prefix: 'v' });
  const reviewId = await createCampaign(db, { slug: 'bench-review', status: 'open', ownerId: owner.id });
  await insertSignOns(db, reviewId, 10_000, 'verified', { prefix: 'r' });
  const bulkId = await createCampaign(db, { slug: 'bench-bulk', status: 'open', ownerId: owner.id });
  await insertSignOns(db, bulkId, 10_000, 'verified', { prefix: 'b' });
  const lockId = await createCampaign(db, { slug: 'bench-lock', status: 'closed', ownerId: owner.id });
  await insertSignOns(db, lockId, 100_000, 'approved', { prefix: 'l' });
  await db.query('analyze');
  return { owner, signId, verifyId, verifyTokens, reviewId, bulkId, lockId };
}
