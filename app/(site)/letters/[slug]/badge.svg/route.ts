import { showsCampaign } from '@/lib/campaigns/cache';
import { getPublicLetterPage } from '@/lib/campaigns/public-page';
import { badgeSvg, signatoryCount } from '@/lib/outreach/badge';

type Context = { params: Promise<{ slug: string }> };

// Cached like the letter page and renewed with it (revalidateCampaign).
export const revalidate = 5;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

/** A small image of the live count ("1,234 signatories") for coalition members' sites. */
export async function GET(_request: Request, { params }: Context) {
  const page = await getPublicLetterPage((await params).slug);
  if (!page) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  await showsCampaign(page.letter.id);
  const svg = badgeSvg({ label: 'signed by', value: signatoryCount(page.counts), title: `${page.letter.title}: ${page.counts.summary}` });
  return new Response(svg, {
    headers: {
      'content-type': 'image/svg+xml; charset=utf-8',
      // An SVG opened on its own is a document: it may run nothing and load nothing.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}
