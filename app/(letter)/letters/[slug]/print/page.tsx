import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { showsCampaign } from '@/lib/campaigns/cache';
import { getPublicPrintable } from '@/lib/lists/exports';
import { PrintView } from '@/app/letters/[slug]/print/print-view';

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: 'Print', robots: { index: false } };

// The final list's print page, cached like the letter page. Before the lock coordinators print
// from their dashboard (/dashboard/campaigns/{id}/print), which renders per request.
export const revalidate = 5;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export default async function PrintPage({ params }: Props) {
  const printable = await getPublicPrintable((await params).slug);
  if (!printable) notFound();
  await showsCampaign(printable.campaign.id);
  return <PrintView printable={printable} />;
}
