import { getTranslations } from 'next-intl/server';
import { EntryList } from '@/components/lists/entry-list';
import { Letter } from '@/components/letters/letter';
import type { LetterText } from '@/lib/letters/schemas';
import { formatMoment } from '@/lib/dates';
import { toLocale, type Locale } from '@/lib/i18n/locales';
import type { Printable } from '@/lib/lists/exports';
import { absoluteUrl, letterPath } from '@/lib/urls';

/**
 * The whole letter with its signatories; the browser's "Save as PDF" gives the document to
 * deliver. In another language than the original it prints that translation with the same list.
 */
export async function PrintView({
  printable,
  locale,
  translation,
}: {
  printable: Printable;
  locale?: Locale;
  translation?: (LetterText & { locale: string }) | null;
}) {
  const { campaign, entries, final } = printable;
  const letter = translation ?? printable.letter;
  const ui = locale ?? toLocale(campaign.language);
  const language = translation ? translation.locale : campaign.language;
  const t = await getTranslations({ locale: ui, namespace: 'print' });
  const tList = await getTranslations({ locale: ui, namespace: 'signatories' });
  return (
    <div className="print-document max-w-3xl">
      <p className="no-print mb-6 card text-sm">
        {t('instructions')}
        {!final && ` ${t('notFinal')}`}
      </p>
      <Letter letter={letter} lang={language} />
      <section aria-labelledby="print-signatories" className="mt-8 print-signatories">
        <h2 id="print-signatories" className="font-serif text-xl font-semibold">
          {t('signatories')}
        </h2>
        <EntryList
          entries={entries}
          format={campaign.listFormat}
          language={language}
          level={3}
          headings={{ organization: tList('organizations'), individual: tList('individuals'), lang: ui }}
        />
        {letter.individualsFootnote && entries.some((e) => e.kind === 'individual') && (
          <p className="mt-4 text-sm italic">{letter.individualsFootnote}</p>
        )}
      </section>
      {campaign.snapshot && (
        <p className="mt-8 text-xs text-muted print-fingerprint">
          {t.rich('fingerprint', {
            moment: formatMoment(campaign.snapshot.lockedAt, { language }),
            hash: campaign.snapshot.hash,
            url: absoluteUrl(`${letterPath(campaign.slug)}/export.json`),
            code: (chunks) => <span className="break-all font-mono">{chunks}</span>,
          })}
        </p>
      )}
    </div>
  );
}
