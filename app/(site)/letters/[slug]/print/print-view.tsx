import { EntryList } from '@/components/lists/entry-list';
import { Letter } from '@/components/letters/letter';
import { formatMoment } from '@/lib/dates';
import type { Printable } from '@/lib/lists/exports';
import { absoluteUrl, letterPath } from '@/lib/urls';

/** The whole letter with its signatories; the browser's "Save as PDF" gives the document to deliver. */
export function PrintView({ printable }: { printable: Printable }) {
  const { campaign, letter, entries, final } = printable;
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
