import { usesDevMailbox } from '@/lib/env';
import { listMailbox } from '@/lib/email/queries';

export const dynamic = 'force-dynamic';

/**
 * The development mailbox for scripts and tests: `{"messages": [{id, to, subject, template,
 * createdAt, links}]}`, newest first; `?to=address` narrows it to one recipient.
 */
export async function GET(request: Request): Promise<Response> {
  if (!usesDevMailbox()) return new Response('Not found', { status: 404 });
  const to = new URL(request.url).searchParams.get('to')?.trim() || undefined;
  const messages = await listMailbox({ to });
  return Response.json(
    {
      messages: messages.map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.subject,
        template: m.template,
        createdAt: m.createdAt.toISOString(),
        links: m.links,
      })),
    },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
