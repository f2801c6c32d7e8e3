import { routeHandler, slugParams } from '@/lib/http/route';
import { getSignatoriesDto, preflightResponse } from '@/lib/lists/api';

export const GET = routeHandler({ params: slugParams, access: 'public', cors: true }, async ({ request, params }) =>
  Response.json(await getSignatoriesDto(params.slug, new URL(request.url).searchParams), { headers: { 'Cache-Control': 'no-store' } }),
);

export const OPTIONS = preflightResponse;
