// TEMPORARY local stand-in (not committed) until the email feature lands.
import { desc } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { outboxMessages } from '@/db/schema';
export const dynamic = 'force-dynamic';
export async function GET() {
  const db = await getDb();
  const rows = await db.select().from(outboxMessages).orderBy(desc(outboxMessages.createdAt));
  const links = (p: Record<string, unknown>) => Object.values(p).filter((v): v is string => typeof v === 'string' && v.startsWith('http'));
  return Response.json({ messages: rows.map((r) => ({ id: r.id, to: r.to, subject: r.template, template: r.template, createdAt: r.createdAt, links: links(r.props) })) });
}
