import { connection } from 'next/server';
import { errorResponse } from '@/lib/errors';
import { getSignatoriesDto, preflightResponse, withCors } from '@/lib/lists/api';

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context) {
  await connection();
  try {
    const body = await getSignatoriesDto((await params).slug, new URL(request.url).searchParams);
    return withCors(Response.json(body, { headers: { 'Cache-Control': 'no-store' } }));
  } catch (error) {
    return withCors(errorResponse(error));
  }
}

export const OPTIONS = preflightResponse;
