import 'server-only';
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { outboxMessages, outreachTargets } from '@/db/schema';
import { reminderMoment } from './lifecycle';

type Deadline = { id: string; deadline: Date | null; deadlineTimeZone: string | null; outreachReminderDays: number | null };

/**
 * After the deadline moved: every scheduled reminder whose moment is still ahead is moved to the
 * chosen number of days before the new deadline (at once if that day has passed) and names the
 * new date. Without a deadline any more it keeps its moment and names none (the coordinators
 * chose to remind; only the date went). One already due, claimed by a worker or sent by hand
 * goes as it is. Returns how many were moved.
 */
export async function followDeadlineWithReminders(tx: Tx, campaign: Deadline, now = new Date()): Promise<number> {
  if (campaign.outreachReminderDays === null) return 0;
  const moment = campaign.deadline ? (reminderMoment(campaign.deadline, campaign.outreachReminderDays, now) ?? now) : null;
  const said = { deadline: campaign.deadline?.toISOString() ?? null, timeZone: campaign.deadlineTimeZone };
  const moved = await tx
    .update(outboxMessages)
    .set({ props: sql`${outboxMessages.props} || ${JSON.stringify(said)}::jsonb`, ...(moment && { nextAttemptAt: moment }) })
    .where(
      and(
        eq(outboxMessages.campaignId, campaign.id),
        eq(outboxMessages.template, 'outreach-reminder'),
        eq(outboxMessages.status, 'pending'),
        eq(outboxMessages.attempts, 0),
        isNull(outboxMessages.lockedUntil),
        gt(outboxMessages.nextAttemptAt, now),
      ),
    )
    .returning({ targetId: sql<string>`${outboxMessages.props} ->> 'targetId'` });
  if (moment && moved.length > 0) {
    await tx
      .update(outreachTargets)
      .set({ reminderDueAt: moment })
      .where(and(eq(outreachTargets.campaignId, campaign.id), inArray(outreachTargets.id, moved.map((m) => m.targetId))));
  }
  return moved.length;
}
