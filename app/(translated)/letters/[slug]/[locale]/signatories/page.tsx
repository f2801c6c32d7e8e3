import type { Metadata } from 'next';
import { SignatoriesView, signatoriesMetadata } from '@/app/letters/[slug]/signatories/signatories-view';

type Params = { slug: string; locale: string };
type Props = { params: Promise<Params> };

// The first page of the list in this language, cached like the letter page.
export const revalidate = 5;
export const generateStaticParams = async (): Promise<Params[]> => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  return signatoriesMetadata(slug, locale);
}

export default async function TranslatedSignatoriesPage({ params }: Props) {
  const { slug, locale } = await params;
  return <SignatoriesView slug={slug} raw={{}} locale={locale} />;
}
