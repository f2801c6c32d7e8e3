import type { Metadata } from 'next';
import { embedMetadata, EmbedView } from './embed-view';

type Props = { params: Promise<{ slug: string }> };

// The one page other sites may frame (docs/decisions/0008); cached like the letter page.
export const revalidate = 5;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return embedMetadata((await params).slug);
}

export default async function EmbedPage({ params }: Props) {
  return <EmbedView slug={(await params).slug} initialKind="organization" />;
}
