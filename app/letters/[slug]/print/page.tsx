import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryList } from '@/components/lists/entry-list';
import { Letter } from '@/components/letters/letter';
import { showsCampaign } from '@/lib/campaigns/cache';
import { isDomainError } from '@/lib/errors';
import { formatMoment } from '@/lib/dates';
import { requirePrintable } from '@/lib/lists/exports';
import { absoluteUrl, letterPath } from '@/lib/urls';

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: 'Print', robots: { index: false } };

// Cached like the letter page.
export const revalidate = 5;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

async function load(slug: string) {
  try {
    return await requirePrintable(slug);
  } catch (error) {
    if (isDomainError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}

/** The whole letter with its signatories; the browser's "Save as PDF" gives the document to deliver. */
export default async function PrintPage({ params }: Props) {
  const { campaign, letter, entries, final } = await load((await params).slug);
  await showsCampaign(campaign.id);
  return (
    <div className="print-document max-w-3xl">
      <p className="no-print mb-6 card text-sm">
        Use your browser’s Print command (or “Save as PDF”) to get this letter with its signatories on A4 or Letter
        paper.{!final && ' This is the live list of approved sign-ons: it is not final until the list is locked.'}
      </p>
      <Letter letter={letter} lang={campaign.language} />
      <section aria-labelledby="print-signatories" className="mt-8 print-signatories">
        <h2 id="print-signatories" className="font-serif text-xl font-semibold">
          Signatories
        </h2>
        <EntryList entries={entries} format={campaign.listFormat} language={campaign.language} level={3} />
        {letter.individualsFootnote && entries.some((e) => e.kind === 'individual') && (
          <p className="mt-4 text-sm italic">{letter.individualsFootnote}</p>
        )}
      </section>
      {campaign.snapshot && (
        <p className="mt-8 text-xs text-muted print-fingerprint">
          Final list locked {formatMoment(campaign.snapshot.lockedAt, { language: campaign.language })}; SHA-256{' '}
          <span className="break-all font-mono">{campaign.snapshot.hash}</span> of{' '}
          {absoluteUrl(`${letterPath(campaign.slug)}/export.json`)}
        </p>
      )}
    </div>
  );
}
