import type { Metadata } from 'next';
import Link from 'next/link';
import { letterPath } from '@/lib/urls';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

// The same for everyone, so cached.
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

/**
 * The same page for a new, a pending and an already-signed address: nobody learns from the
 * form who has signed (SPEC §4).
 */
export default async function CheckEmailPage({ params }: Props) {
  const { slug } = await params;
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold mb-4">Check your email</h1>
      <p className="mb-4">
        If this address can sign this letter, we have sent it a message with a link. Open the link and press the
        button on that page to confirm your sign-on. The link works for 48 hours.
      </p>
      <p className="mb-4">
        Nothing arrived after a few minutes? Look in your spam folder. If you have already confirmed, your sign-on
        is safe: the earlier emails hold a link to its status page, and you can{' '}
        <Link href={`${letterPath(slug)}/my-link`}>have that link emailed to you again</Link>.
      </p>
      <p>
        <Link href={letterPath(slug)}>Back to the letter</Link>
      </p>
    </div>
  );
}
