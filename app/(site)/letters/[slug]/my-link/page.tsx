import type { Metadata } from 'next';
import Link from 'next/link';
import { NewLinkForm } from '@/components/sign-ons/new-link-form';
import { letterPath } from '@/lib/urls';
import { statusLinkAction } from '../actions';

export const metadata: Metadata = { title: 'Email me my link', robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

// The same page for everyone, so cached like the letter page.
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

/** For a signer who lost the private link to their sign-on. */
export default async function MyLinkPage({ params }: Props) {
  const { slug } = await params;
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold mb-4">Email me my link</h1>
      <p className="mb-6">
        Signed this letter and lost the private link to your sign-on? Give the email address you signed with and we
        send the link there. If your sign-on is not confirmed yet, we send its confirmation link again.
      </p>
      <div className="card">
        <NewLinkForm action={statusLinkAction.bind(null, slug)} submitLabel="Email me my link" />
      </div>
      <p className="mt-6">
        <Link href={letterPath(slug)}>Back to the letter</Link>
      </p>
    </div>
  );
}
