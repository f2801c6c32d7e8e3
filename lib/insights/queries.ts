import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, selectRows } from '@/db/client';
import { requireRole } from '../auth/roles';
import { regionOf, regions, type Region } from './regions';

export type DailyCount = { day: string; submitted: number; confirmed: number; approved: number };

/** "How are we doing?" for one campaign, every figure aggregated by the database. */
export type CampaignInsights = {
  days: DailyCount[];
  /** Approved entries. */
  kinds: { organizations: number; individuals: number };
  /** Approved entries by country code (null: none given), most first. */
  countries: { country: string | null; count: number }[];
  regions: { region: Region | null; count: number }[];
  /** Of the sign-ons made through the form, the share whose email was confirmed (null: none yet). */
  confirmation: { submitted: number; confirmed: number; rate: number | null };
  /** Median time from confirmation to a coordinator's decision, in seconds (null: no decision yet). */
  medianReviewSeconds: number | null;
};

const num = (v: unknown) => Number(v ?? 0);

/** The campaign overview's insights (coordinators of the campaign only). Days are UTC days. */
export async function getCampaignInsights(campaignId: string, actorId: string): Promise<CampaignInsights> {
  const db = await getDb();
  await requireRole(db, campaignId, actorId, 'editor');
  const day = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`);
  const regionTable = JSON.stringify(regionOf);
  const [days, [totals], countries, byRegion] = await Promise.all([
    selectRows<{ day: string; submitted: string; confirmed: string; approved: string }>(
      db,
      sql`
        select day, count(*) filter (where what = 's') as submitted, count(*) filter (where what = 'c') as confirmed,
          count(*) filter (where what = 'a') as approved
        from (
          select ${day('created_at')} as day, 's' as what from sign_ons where campaign_id = ${campaignId}
          union all
          select ${day('verified_at')}, 'c' from sign_ons where campaign_id = ${campaignId} and verified_at is not null
          union all
          select ${day('approved_at')}, 'a' from sign_ons
            where campaign_id = ${campaignId} and status = 'approved' and approved_at is not null
        ) events
        group by day order by day`,
    ),
    selectRows<Record<string, string | null>>(
      db,
      sql`
        select count(*) filter (where status = 'approved' and kind = 'organization') as organizations,
          count(*) filter (where status = 'approved' and kind = 'individual') as individuals,
          count(*) filter (where source = 'form') as form_submitted,
          count(*) filter (where source = 'form' and verified_at is not null) as form_confirmed,
          percentile_cont(0.5) within group (order by extract(epoch from coalesce(approved_at, rejected_at) - verified_at))
            filter (where status in ('approved', 'rejected') and verified_at is not null and decided_by is not null
              and coalesce(approved_at, rejected_at) >= verified_at) as median_review
        from sign_ons where campaign_id = ${campaignId}`,
    ),
    selectRows<{ country: string | null; count: string }>(
      db,
      sql`select country, count(*) as count from sign_ons where campaign_id = ${campaignId} and status = 'approved'
        group by country order by count(*) desc, country nulls last`,
    ),
    selectRows<{ region: Region | null; count: string }>(
      db,
      sql`select r.value as region, count(*) as count
        from sign_ons s left join jsonb_each_text(${regionTable}::jsonb) r on r.key = s.country
        where s.campaign_id = ${campaignId} and s.status = 'approved'
        group by r.value`,
    ),
  ]);
  const submitted = num(totals?.form_submitted);
  const confirmed = num(totals?.form_confirmed);
  const median = totals?.median_review;
  return {
    days: days.map((d) => ({ day: d.day, submitted: num(d.submitted), confirmed: num(d.confirmed), approved: num(d.approved) })),
    kinds: { organizations: num(totals?.organizations), individuals: num(totals?.individuals) },
    countries: countries.map((c) => ({ country: c.country, count: num(c.count) })),
    regions: [...regions, null]
      .map((region) => ({ region, count: num(byRegion.find((r) => r.region === region)?.count) }))
      .filter((r) => r.count > 0),
    confirmation: { submitted, confirmed, rate: submitted > 0 ? confirmed / submitted : null },
    medianReviewSeconds: median === null || median === undefined ? null : Number(median),
  };
}
