import type { Metadata } from 'next';
import { SignatoriesView, signatoriesMetadata, type RawSearch } from '@/app/letters/[slug]/signatories/signatories-view';

type Params = { slug: string; locale: string };
type Props = { params: Promise<Params>; searchParams: Promise<RawSearch> };

// Another page of the list, or a search, in this language: what /{locale}/signatories?… shows (proxy.ts), per request.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  return signatoriesMetadata(slug, locale);
}

export default async function TranslatedSignatoriesSearchPage({ params, searchParams }: Props) {
  const { slug, locale } = await params;
  return <SignatoriesView slug={slug} raw={await searchParams} locale={locale} />;
}
