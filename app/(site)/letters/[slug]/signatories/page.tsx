import type { Metadata } from 'next';
import { SignatoriesView, signatoriesMetadata } from './signatories-view';

type Props = { params: Promise<{ slug: string }> };

// The first page of the list, as a press release links it: cached like the letter page.
export const revalidate = 5;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return signatoriesMetadata((await params).slug);
}

export default async function SignatoriesPage({ params }: Props) {
  return <SignatoriesView slug={(await params).slug} raw={{}} />;
}
