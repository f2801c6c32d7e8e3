import type { Metadata } from 'next';
import Link from 'next/link';
import { letterPath } from '@/lib/urls';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

/** The same answer whatever the address: nobody learns from this page who has signed. */
export default async function MyLinkSentPage({ params }: Props) {
  const { slug } = await params;
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold mb-4">Check your email</h1>
      <p className="mb-4" role="status">
        If this address has signed this letter, we have sent it the private link to its sign-on (or, if it is not
        confirmed yet, its confirmation link). It may take a few minutes; look in your spam folder too.
      </p>
      <p>
        <Link href={letterPath(slug)}>Back to the letter</Link>
      </p>
    </div>
  );
}
