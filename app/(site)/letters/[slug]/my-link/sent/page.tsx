import type { Metadata } from 'next';
import { letterPath } from '@/lib/urls';
import { MyLinkSentView } from '../../link-pages';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

/** The same answer whatever the address: nobody learns from this page who has signed. */
export default async function MyLinkSentPage({ params }: Props) {
  const { slug } = await params;
  return <MyLinkSentView locale="en" letterHome={letterPath(slug)} />;
}
