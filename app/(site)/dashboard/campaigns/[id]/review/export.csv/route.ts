import { connection } from 'next/server';
import { z } from 'zod';
import { requireCoordinator } from '@/lib/auth/session';
import { errorResponse } from '@/lib/errors';
import { attachment, streamText } from '@/lib/lists/csv';
import { reviewQueueCsv } from '@/lib/moderation/review-csv';
import { queueFilterSchema } from '@/lib/moderation/schemas';

/** The review queue (as filtered on the page) as CSV, for coordinators of the campaign who review offline. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response('Not found', { status: 404 });
  const me = await requireCoordinator(`/dashboard/campaigns/${id}/review`);
  try {
    const filter = queueFilterSchema.omit({ page: true }).parse(Object.fromEntries(new URL(request.url).searchParams));
    const { fileName, chunks } = await reviewQueueCsv(id, me.id, filter);
    return new Response(streamText(chunks), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': attachment(fileName),
        // Private data of signers: never kept by a cache.
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
