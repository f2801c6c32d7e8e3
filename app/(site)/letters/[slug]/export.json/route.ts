import { routeHandler, slugParams } from '@/lib/http/route';
import { exportResponse } from '@/lib/lists/exports';

export const GET = routeHandler({ params: slugParams, access: 'public' }, ({ params }) => exportResponse(params.slug, 'json'));
