import { getMailboxMessage } from '@/lib/email/queries';
import { usesDevMailbox } from '@/lib/env';

export const dynamic = 'force-dynamic';

/**
 * The rendered email as its own document, sandboxed by the CSP set for this path in
 * next.config.ts: it can run no script and load nothing from this origin, whatever its HTML holds.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  if (!usesDevMailbox()) return new Response('Not found', { status: 404 });
  const message = await getMailboxMessage((await params).id);
  if (!message) return new Response('Not found', { status: 404 });
  return new Response(message.html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    },
  });
}
