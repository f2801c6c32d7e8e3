import { routeHandler, slugParams } from '@/lib/http/route';
import { preflightResponse, signatoriesCsvResponse } from '@/lib/lists/api';

export const GET = routeHandler({ params: slugParams, access: 'public', cors: true }, ({ params }) => signatoriesCsvResponse(params.slug));

export const OPTIONS = preflightResponse;
