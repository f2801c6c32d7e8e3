import { connection } from 'next/server';
import { errorResponse } from '@/lib/errors';
import { exportResponse } from '@/lib/lists/exports';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  try {
    return await exportResponse((await params).slug, 'json');
  } catch (error) {
    return errorResponse(error);
  }
}
