import { connection } from 'next/server';
import { errorResponse } from '@/lib/errors';
import { preflightResponse, signatoriesCsvResponse, withCors } from '@/lib/lists/api';

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context) {
  await connection();
  try {
    return withCors(await signatoriesCsvResponse((await params).slug));
  } catch (error) {
    return withCors(errorResponse(error));
  }
}

export const OPTIONS = preflightResponse;
