import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { hashToken, newToken } from '../../lib/security/tokens';
import { canonicalEmail, normalizeName } from '../../lib/sign-ons/normalize';

export type Sql = postgres.Sql;

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

export async function createCoordinatorWithSession(sql: Sql, email: string): Promise<{ id: string; sessionToken: string }> {
  const id = randomUUID();
  await sql`insert into coordinators (id, email, name) values (${id}, ${email}, 'Bench Coordinator')`;
  const sessionToken = newToken();
  // Sessions are stored hashed (lib/auth); the cookie carries the raw token.
  await sql`insert into sessions (session_token, user_id, expires) values (${hashToken(sessionToken)}, ${id}, now() + interval '1 day')`;
  return { id, sessionToken };
}

export async function createCampaign(
  sql: Sql,
  opts: { slug: string; status: 'open' | 'closed'; ownerId: string; liveList?: boolean },
): Promise<string> {
  const [c] = await sql<{ id: string }[]>`
    insert into campaigns (slug, title, status, live_list, opened_at, created_by)
    values (${opts.slug}, ${`Bench letter ${opts.slug}`}, ${opts.status}, ${opts.liveList ?? true}, now(), ${opts.ownerId})
    returning id`;
  await sql`insert into campaign_members (campaign_id, coordinator_id, role) values (${c!.id}, ${opts.ownerId}, 'owner')`;
  await sql`insert into letter_versions (campaign_id, number, title, body, closing, addressees, date_line)
    values (${c!.id}, 1, ${`Bench letter ${opts.slug}`}, ${'We, the undersigned, ask for **clean rivers**.\n\n'.repeat(20)}, 'Sincerely,', 'The Minister', '1 December 2026')`;
  return c!.id;
}

/** Inserts sign-ons in multi-row batches; returns raw verification tokens when asked. */
export async function insertSignOns(
  sql: Sql,
  campaignId: string,
  count: number,
  status: 'approved' | 'verified' | 'pending_verification',
  opts: { withVerifyTokens?: boolean; prefix?: string } = {},
): Promise<string[]> {
  const tokens: string[] = [];
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
        verified_at: status === 'pending_verification' ? null : new Date(),
        approved_at: status === 'approved' ? new Date() : null,
      });
      if (opts.withVerifyTokens) {
        const token = newToken();
        tokens.push(token);
        tokenRows.push({ sign_on_id: id, purpose: 'verify', token_hash: hashToken(token), expires_at: new Date(Date.now() + 86400e3) });
      }
    }
    await sql`insert into sign_ons ${sql(rows)}`;
    if (tokenRows.length) await sql`insert into sign_on_tokens ${sql(tokenRows)}`;
  }
  return tokens;
}
