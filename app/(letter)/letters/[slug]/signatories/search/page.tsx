import type { Metadata } from 'next';
import { SignatoriesView, signatoriesMetadata, type RawSearch } from '@/app/letters/[slug]/signatories/signatories-view';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearch> };

// Another page of the list, or a search: what /signatories?… shows (proxy.ts), per request.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return signatoriesMetadata((await params).slug);
}

export default async function SignatoriesSearchPage({ params, searchParams }: Props) {
  return <SignatoriesView slug={(await params).slug} raw={await searchParams} />;
}
