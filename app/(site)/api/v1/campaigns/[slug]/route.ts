import { routeHandler, slugParams } from '@/lib/http/route';
import { getCampaignDto, preflightResponse } from '@/lib/lists/api';

export const GET = routeHandler({ params: slugParams, access: 'public', cors: true }, async ({ params }) =>
  Response.json(await getCampaignDto(params.slug), { headers: { 'Cache-Control': 'no-store' } }),
);

export const OPTIONS = preflightResponse;
