import 'server-only';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { getDb, selectRows } from '@/db/client';
import { coordinators } from '@/db/schema';
import type { OutgoingEmail } from '../email/outbox';
import { event, outcome, runCommand } from '../events';
import { absoluteUrl } from '../urls';

const DAY_MS = 24 * 60 * 60 * 1000;

type Awaiting = { coordinator_id: string; email: string; name: string | null; locale: string; campaign_id: string; title: string; awaiting: number; oldest: Date | string };

/**
 * The daily digest: each coordinator whose campaigns have entries awaiting review (and who
 * has not opted out) gets at most one email a day. Claiming the coordinator with a
 * conditional update on last_digest_at means two workers never both send it.
 */
export async function sendDueDigests(now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const cutoff = new Date(now.getTime() - DAY_MS);
  const rows = await selectRows<Awaiting>(
    db,
    sql`
      select c.id as coordinator_id, c.email, c.name, c.locale, k.id as campaign_id, k.title,
        count(*)::int as awaiting, min(s.verified_at) as oldest
      from coordinators c
      join campaign_members m on m.coordinator_id = c.id
      join campaigns k on k.id = m.campaign_id and k.status in ('open', 'closed')
      join sign_ons s on s.campaign_id = k.id and s.status = 'verified'
      where not c.digest_opt_out and (c.last_digest_at is null or c.last_digest_at < ${cutoff.toISOString()}::timestamptz)
      group by c.id, c.email, c.name, c.locale, k.id, k.title
      order by c.id, min(s.verified_at)`,
  );
  const byCoordinator = new Map<string, Awaiting[]>();
  for (const r of rows) byCoordinator.set(r.coordinator_id, [...(byCoordinator.get(r.coordinator_id) ?? []), r]);

  let sent = 0;
  for (const [coordinatorId, list] of byCoordinator) {
    const first = list[0]!;
    const claimed = await runCommand(async (tx) => {
      const [row] = await tx
        .update(coordinators)
        .set({ lastDigestAt: now })
        .where(
          and(
            eq(coordinators.id, coordinatorId),
            eq(coordinators.digestOptOut, false),
            or(isNull(coordinators.lastDigestAt), lt(coordinators.lastDigestAt, cutoff)),
          ),
        )
        .returning({ id: coordinators.id });
      if (!row) return outcome(false);
      const digest: OutgoingEmail<'coordinator-digest'> = {
        template: 'coordinator-digest',
        to: first.email,
        idempotencyKey: `coordinator-digest:${coordinatorId}:${now.toISOString().slice(0, 10)}`,
        locale: first.locale,
        props: {
          name: first.name,
          campaigns: list.map((c) => ({
            title: c.title,
            awaiting: Number(c.awaiting),
            oldestWaitingSince: new Date(c.oldest).toISOString(),
            queueUrl: absoluteUrl(`/dashboard/campaigns/${c.campaign_id}/review`),
          })),
          settingsUrl: absoluteUrl('/dashboard/settings'),
        },
      };
      return outcome(true, [event({ type: 'email.requested', campaignId: null, actor: { type: 'system' }, data: {}, emails: [digest] })]);
    }, db);
    if (claimed) sent++;
  }
  return sent;
}
