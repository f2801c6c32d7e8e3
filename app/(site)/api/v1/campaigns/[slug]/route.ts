import { connection } from 'next/server';
import { errorResponse } from '@/lib/errors';
import { getCampaignDto, preflightResponse, withCors } from '@/lib/lists/api';

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context) {
  await connection();
  try {
    return withCors(Response.json(await getCampaignDto((await params).slug), { headers: { 'Cache-Control': 'no-store' } }));
  } catch (error) {
    return withCors(errorResponse(error));
  }
}

export const OPTIONS = preflightResponse;
