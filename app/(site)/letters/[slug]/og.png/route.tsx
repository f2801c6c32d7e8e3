import { ImageResponse } from 'next/og';
import { showsCampaign } from '@/lib/campaigns/cache';
import { statusLabel } from '@/lib/campaigns/labels';
import { getPublicLetterPage } from '@/lib/campaigns/public-page';
import { OG_IMAGE_SIZE } from '@/lib/outreach/social-card';
import { absoluteUrl, letterPath } from '@/lib/urls';

type Context = { params: Promise<{ slug: string }> };

// Cached like the letter page and renewed with it (revalidateCampaign), so a shared link's
// card shows the count of the moment.
export const revalidate = 5;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

/** Long titles are cut rather than overflowing the card. */
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** The letter's social card: title, state and the live summary sentence; nothing private. */
export async function GET(_request: Request, { params }: Context) {
  const page = await getPublicLetterPage((await params).slug);
  if (!page) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  await showsCampaign(page.letter.id);
  const address = absoluteUrl(letterPath(page.letter.slug)).replace(/^https?:\/\//, '');
  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: '100%', height: '100%', padding: 64, background: '#faf8f3', color: '#1b1b1b', borderTop: '16px solid #1f5f3f' }}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 30 }}>
          <span style={{ fontWeight: 700 }}>Undersigned</span>
          <span style={{ padding: '6px 20px', borderRadius: 999, border: '2px solid #1f5f3f', color: '#1f5f3f' }}>{statusLabel[page.status]}</span>
        </div>
        <div style={{ display: 'flex', fontSize: 64, fontWeight: 700, lineHeight: 1.15 }}>{clip(page.letter.title, 110)}</div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
          <div style={{ display: 'flex', fontSize: 36 }}>{clip(page.counts.summary, 90)}</div>
          <div style={{ display: 'flex', fontSize: 26, color: '#555' }}>{clip(address, 80)}</div>
        </div>
      </div>
    ),
    // Not the library's year-long immutable caching: the card changes with every approval.
    { ...OG_IMAGE_SIZE, headers: { 'cache-control': 'public, max-age=0, s-maxage=5, stale-while-revalidate=55' } },
  );
}
