import type { Metadata } from 'next';
import { letterPath } from '@/lib/urls';
import { CheckEmailView } from '../link-pages';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

// The same for everyone, so cached; renewed with the letter (its share kit names it).
export const revalidate = 5;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

/**
 * The same page for a new, a pending and an already-signed address: nobody learns from the
 * form who has signed (SPEC §4).
 */
export default async function CheckEmailPage({ params }: Props) {
  const { slug } = await params;
  return <CheckEmailView slug={slug} locale="en" letterHome={letterPath(slug)} />;
}
