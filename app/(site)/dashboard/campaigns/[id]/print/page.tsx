import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PrintView } from '@/app/letters/[slug]/print/print-view';
import { requireCampaignPage } from '@/lib/campaigns/page-context';
import { isDomainError } from '@/lib/errors';
import { requirePrintable } from '@/lib/lists/exports';

export const metadata: Metadata = { title: 'Print', robots: { index: false } };

/** The letter with its live list, for the campaign's coordinators before the lock. */
export default async function CoordinatorPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { campaign } = await requireCampaignPage(id, '/print');
  const printable = await requirePrintable(campaign.slug).catch((error: unknown) => {
    if (isDomainError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  return <PrintView printable={printable} />;
}
