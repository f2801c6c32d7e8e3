import { showsCampaign } from '@/lib/campaigns/cache';
import { getPublicLetterPage } from '@/lib/campaigns/public-page';
import { absoluteUrl } from '@/lib/urls';
import { ShareKit } from './share-kit';

/**
 * The share kit after a sign-on, when the signer is most willing to pass the letter on.
 * Nothing here depends on who signed: the page stays the same for everyone (and cached).
 */
export async function AskOthers({ slug, locale = 'en', letterHome }: { slug: string; locale?: string; letterHome?: string }) {
  const page = await getPublicLetterPage(slug);
  if (!page) return null;
  await showsCampaign(page.letter.id);
  const url = absoluteUrl(letterHome ?? `/letters/${page.letter.slug}`);
  return <ShareKit id="ask-others" ask url={url} title={page.letter.title} acceptsSignOns={page.acceptsSignOns} locale={locale} />;
}
