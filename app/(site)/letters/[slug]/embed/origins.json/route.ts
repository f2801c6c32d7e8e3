import { showsCampaign } from '@/lib/campaigns/cache';
import { getEmbedRule } from '@/lib/campaigns/embed';

type Context = { params: Promise<{ slug: string }> };

// Cached like the pages and renewed with them (revalidateCampaign): proxy.ts reads it to set
// the embeddable pages' frame-ancestors (docs/decisions/0008).
export const revalidate = 5;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

/** Which sites may frame the letter's sign-on page: `{"origins":null}` for any. Public, like the frames themselves. */
export async function GET(_request: Request, { params }: Context) {
  const rule = await getEmbedRule((await params).slug);
  if (!rule) return Response.json({ error: 'not_found' }, { status: 404 });
  await showsCampaign(rule.campaignId);
  return Response.json({ origins: rule.origins });
}
