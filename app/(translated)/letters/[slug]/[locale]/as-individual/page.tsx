import type { Metadata } from 'next';
import { letterMetadata, LetterPageView } from '@/app/letters/[slug]/letter-page-view';

type Params = { slug: string; locale: string };
type Props = { params: Promise<Params> };

// The translated letter page with the form opened for individuals: what `?kind=individual`
// shows there (proxy.ts), cached like the page itself.
export const revalidate = 5;
export const generateStaticParams = async (): Promise<Params[]> => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  return letterMetadata(slug, locale);
}

export default async function TranslatedLetterAsIndividualPage({ params }: Props) {
  const { slug, locale } = await params;
  return <LetterPageView slug={slug} locale={locale} initialKind="individual" />;
}
