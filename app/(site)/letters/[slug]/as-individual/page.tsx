import type { Metadata } from 'next';
import { letterMetadata, LetterPageView } from '../letter-page-view';

type Props = { params: Promise<{ slug: string }> };

// The letter page with the sign-on form opened for individuals: what `?kind=individual` shows
// (proxy.ts), cached like the letter page itself.
export const revalidate = 5;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return letterMetadata((await params).slug);
}

export default async function LetterAsIndividualPage({ params }: Props) {
  return <LetterPageView slug={(await params).slug} initialKind="individual" />;
}
