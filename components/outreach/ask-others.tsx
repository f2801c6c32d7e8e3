import { showsCampaign } from '@/lib/campaigns/cache';
import { getPublicLetterPage } from '@/lib/campaigns/public-page';
import { shareText } from '@/lib/outreach/share';
import { absoluteUrl, letterPath } from '@/lib/urls';
import { ShareKit } from './share-kit';

/**
 * The share kit after a sign-on, when the signer is most willing to pass the letter on.
 * Nothing here depends on who signed: the page stays the same for everyone (and cached).
 */
export async function AskOthers({ slug }: { slug: string }) {
  const page = await getPublicLetterPage(slug);
  if (!page) return null;
  await showsCampaign(page.letter.id);
  return (
    <ShareKit
      id="ask-others"
      heading="Thank you — now ask others"
      intro="A letter carries more weight with every signatory. Pass it on to people and organizations who would sign it."
      url={absoluteUrl(letterPath(page.letter.slug))}
      text={shareText(page.letter.title, page.acceptsSignOns)}
    />
  );
}
