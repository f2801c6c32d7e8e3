import { connection } from 'next/server';
import { getLocalizedLetterPage } from '@/lib/campaigns/public-translations';
import { errorResponse } from '@/lib/errors';
import { exportResponse } from '@/lib/lists/exports';

/** The final list as plain text, with the letter's title and the words around the list in one of its languages. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; locale: string }> }) {
  await connection();
  const { slug, locale } = await params;
  try {
    const shown = await getLocalizedLetterPage(slug, locale);
    if (!shown) return Response.json({ error: { code: 'not_found', message: 'This letter has no text in this language.' } }, { status: 404 });
    const title = shown.translation?.title ?? shown.page.letter.title;
    return await exportResponse(slug, 'txt', {}, { locale: shown.locale, title });
  } catch (error) {
    return errorResponse(error);
  }
}
