import type { Metadata } from 'next';
import { letterPath } from '@/lib/urls';
import { MyLinkView } from '../link-pages';

export const metadata: Metadata = { title: 'Email me my link', robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

// The same page for everyone, so cached like the letter page.
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

/** For a signer who lost the private link to their sign-on. */
export default async function MyLinkPage({ params }: Props) {
  const { slug } = await params;
  return <MyLinkView slug={slug} locale="en" letterHome={letterPath(slug)} />;
}
