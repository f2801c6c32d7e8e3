import type { Metadata } from 'next';
import { letterMetadata, LetterPageView } from '@/app/letters/[slug]/letter-page-view';

type Params = { slug: string; locale: string };
type Props = { params: Promise<Params> };

// Cached exactly like the original's page (app/(site)/letters/[slug]/page.tsx); a locale the
// letter has no translation in is a 404.
export const revalidate = 5;
export const generateStaticParams = async (): Promise<Params[]> => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  return letterMetadata(slug, locale);
}

export default async function TranslatedLetterPage({ params }: Props) {
  const { slug, locale } = await params;
  return <LetterPageView slug={slug} locale={locale} initialKind="organization" />;
}
