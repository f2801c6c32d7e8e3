import type { Metadata } from 'next';
import { letterMetadata, LetterPageView } from './letter-page-view';

type Props = { params: Promise<{ slug: string }> };

// Rendered once and cached (cache-handler.mjs): renewed at once when anything visible changes
// (revalidateCampaign), and at least every 5 seconds under traffic, so a passing deadline shows.
export const revalidate = 5;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return letterMetadata((await params).slug);
}

export default async function LetterPage({ params }: Props) {
  return <LetterPageView slug={(await params).slug} initialKind="organization" />;
}
