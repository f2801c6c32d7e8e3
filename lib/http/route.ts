import 'server-only';
import { connection } from 'next/server';
import { z } from 'zod';
import { requireCoordinator, type CurrentCoordinator } from '../auth/session';
import { DomainError, errorResponse } from '../errors';
import { withCors } from '../lists/api';

type Access = 'public' | 'coordinator';

type RouteOptions<P extends z.ZodType, A extends Access> = {
  /** The route's parameters; any that do not parse answer 404, as for an unknown page. */
  params: P;
  access: A;
  /** Where a coordinator who is not signed in comes back to after signing in. */
  returnTo?: (params: z.output<P>) => string;
  /** Cross-origin reads (the public API). */
  cors?: boolean;
};

type RouteContext<P extends z.ZodType, A extends Access> = {
  request: Request;
  params: z.output<P>;
  coordinator: A extends 'coordinator' ? CurrentCoordinator : null;
};

/**
 * The one way a route handler starts (the routes' counterpart of validatedAction): parse the
 * parameters, read the request (so nothing is prerendered), check the session where one is
 * needed, and map any error to its HTTP status, with Retry-After on a rate limit. The role on
 * the campaign is checked by the query or command the handler calls.
 */
export function routeHandler<P extends z.ZodType, A extends Access>(
  options: RouteOptions<P, A>,
  handler: (ctx: RouteContext<P, A>) => Promise<Response>,
) {
  const finish = (response: Response) => (options.cors ? withCors(response) : response);
  return async (request: Request, { params }: { params: Promise<unknown> }): Promise<Response> => {
    // A GET that reads no request data would otherwise be prerendered at build time.
    if (request.method === 'GET' || request.method === 'HEAD') await connection();
    const parsed = options.params.safeParse(await params);
    if (!parsed.success) return finish(errorResponse(new DomainError('not_found', 'Not found.')));
    const coordinator = options.access === 'coordinator' ? await requireCoordinator(options.returnTo?.(parsed.data)) : null;
    try {
      return finish(await handler({ request, params: parsed.data, coordinator } as RouteContext<P, A>));
    } catch (error) {
      const response = errorResponse(error);
      if (error instanceof DomainError && error.code === 'rate_limited') response.headers.set('Retry-After', '600');
      return finish(response);
    }
  };
}

export const slugParams = z.object({ slug: z.string().min(1).max(200) });
export const tokenParams = z.object({ token: z.string().min(1).max(200) });
