import { z } from 'zod';
import { parseOrThrow } from '@/lib/actions/parse';
import { routeHandler } from '@/lib/http/route';
import { attachment, streamText } from '@/lib/lists/csv';
import { reviewQueueCsv } from '@/lib/moderation/review-csv';
import { queueFilterSchema } from '@/lib/moderation/schemas';

/** The review queue (as filtered on the page) as CSV, for coordinators of the campaign who review offline. */
export const GET = routeHandler(
  { params: z.object({ id: z.uuid() }), access: 'coordinator', returnTo: ({ id }) => `/dashboard/campaigns/${id}/review` },
  async ({ request, params, coordinator }) => {
    const filter = parseOrThrow(queueFilterSchema.omit({ page: true }), Object.fromEntries(new URL(request.url).searchParams));
    const { fileName, chunks } = await reviewQueueCsv(params.id, coordinator.id, filter);
    return new Response(streamText(chunks), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': attachment(fileName),
        // Private data of signers: never kept by a cache.
        'Cache-Control': 'private, no-store',
      },
    });
  },
);
