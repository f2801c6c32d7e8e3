import type { Metadata } from 'next';
import { embedMetadata, EmbedView } from '../embed-view';

type Props = { params: Promise<{ slug: string }> };

// The embeddable page with the form opened for individuals: what `embed?kind=individual`
// shows (proxy.ts), cached like the embeddable page itself.
export const revalidate = 5;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return embedMetadata((await params).slug);
}

export default async function EmbedAsIndividualPage({ params }: Props) {
  return <EmbedView slug={(await params).slug} initialKind="individual" />;
}
