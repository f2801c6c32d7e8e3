import { and, eq, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditEvents, outboxMessages } from '@/db/schema';

/** The emails queued to `to`, of one template when given: what a test reads to see who was told. */
export async function outboxTo(to: string, template?: string) {
  const db = await getDb();
  const conditions: SQL[] = [eq(outboxMessages.to, to)];
  if (template) conditions.push(eq(outboxMessages.template, template));
  return db.select().from(outboxMessages).where(and(...conditions));
}

/** A campaign's audit rows, of one action when given. */
export async function auditOf(campaignId: string, action?: string) {
  const db = await getDb();
  const conditions: SQL[] = [eq(auditEvents.campaignId, campaignId)];
  if (action) conditions.push(eq(auditEvents.action, action));
  return db.select().from(auditEvents).where(and(...conditions));
}
