import type { Metadata } from 'next';
import { AskOthers } from '@/components/outreach/ask-others';
import { letterPath } from '@/lib/urls';
import { FrameChrome } from '../embed-view';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

// The same for everyone, so cached; renewed with the letter (its share kit names it).
export const revalidate = 5;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

/**
 * Where a sign-on made inside another site's frame lands, still in the frame. It answers the
 * same for a new, a pending and an already-signed address, like the letter's own page.
 */
export default async function EmbedCheckEmailPage({ params }: Props) {
  const { slug } = await params;
  return (
    <div className="max-w-xl">
      <FrameChrome />
      <h1 className="font-serif text-3xl font-semibold mb-4">Check your email</h1>
      <p className="mb-4">
        If this address can sign this letter, we have sent it a message with a link. Open the link and press the
        button on that page to confirm your sign-on. The link works for 48 hours.
      </p>
      <p className="mb-4">
        Nothing arrived after a few minutes? Look in your spam folder, or{' '}
        <a href={`${letterPath(slug)}/my-link`} target="_blank" rel="noopener">
          have your link emailed to you again (opens in a new tab)
        </a>
        .
      </p>
      <AskOthers slug={slug} />
    </div>
  );
}
