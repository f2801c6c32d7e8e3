import { getTranslations } from 'next-intl/server';
import { formatMoment } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locales';

type Props = { hash: string; lockedAt: Date; exportUrl: string; language: string; locale?: Locale };

/** The published fingerprint and how anyone can check it against the JSON export (the same one in every language). */
export async function HashVerification({ hash, lockedAt, exportUrl, language, locale = 'en' }: Props) {
  const t = await getTranslations({ locale, namespace: 'signatories' });
  return (
    <section aria-labelledby="verify-heading" className="card mt-8">
      <h2 id="verify-heading" className="font-serif text-lg font-semibold">
        {t('fingerprintHeading')}
      </h2>
      <p className="mt-2">
        {t.rich('fingerprintLocked', {
          moment: formatMoment(lockedAt, { language }),
          time: (chunks) => <time dateTime={lockedAt.toISOString()}>{chunks}</time>,
        })}
      </p>
      <p className="mt-2 font-mono text-sm break-all" data-testid="snapshot-hash">
        {hash}
      </p>
      <h3 className="font-semibold mt-4">{t('howToVerify')}</h3>
      <p className="mt-1">{t.rich('verifyExplain', { link: (chunks) => <a href={exportUrl}>{chunks}</a> })}</p>
      <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-paper p-3 text-sm">
        <code>{`curl -s ${exportUrl} | sha256sum`}</code>
      </pre>
    </section>
  );
}
