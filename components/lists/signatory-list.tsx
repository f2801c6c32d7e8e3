import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { isFrozen } from '@/lib/campaigns/lifecycle';
import { formatMoment } from '@/lib/dates';
import { getCachedLivePreview, getPublicListCampaignById, isListPublic } from '@/lib/lists/queries';
import type { Locale } from '@/lib/i18n/locales';
import { letterPath } from '@/lib/urls';
import { DeliveryRecord } from './delivery-record';
import { EntryList } from './entry-list';
import { FinalListPreview } from './final-list-preview';

const LIVE_PREVIEW = 100;

/**
 * The list part of the public letter page (the summary sentence is in its status banner): the live list while
 * the coordinators show it; once locked, the lock time, a link to the final list and exports,
 * and the delivery record.
 */
export async function SignatoryList({ campaignId, locale = 'en' }: { campaignId: string; locale?: Locale }) {
  const campaign = await getPublicListCampaignById(campaignId);
  if (!campaign) return null;
  const t = await getTranslations({ locale, namespace: 'signatories' });
  const base = letterPath(campaign.slug);
  // Exports and the final list are language-neutral; the print page has a version per language.
  const printPath = locale === campaign.language ? `${base}/print` : `${base}/${locale}/print`;
  const frozen = isFrozen(campaign.status);
  const live = !frozen && isListPublic(campaign) ? await getCachedLivePreview(campaign.id, LIVE_PREVIEW, campaign.listOrder) : null;

  return (
    <section aria-labelledby="signatories-heading" className="mt-10 border-t border-line pt-6">
      <h2 id="signatories-heading" className="font-serif text-2xl font-semibold">
        {t('heading')}
      </h2>
      {campaign.delivery && (
        <div className="card mt-4">
          <DeliveryRecord delivery={campaign.delivery} language={locale} locale={locale} />
        </div>
      )}
      {frozen && campaign.snapshot && (
        <p className="mt-4">
          {t.rich('lockedOn', {
            moment: formatMoment(campaign.snapshot.lockedAt, { language: locale }),
            time: (chunks) => <time dateTime={campaign.snapshot!.lockedAt.toISOString()}>{chunks}</time>,
          })}{' '}
          <Link href={`${base}/signatories`}>{t('readFinal')}</Link>, {t('downloadAs')} <a href={`${base}/export.csv`}>CSV</a>,{' '}
          <a href={`${base}/export.json`}>JSON</a> {t('or')} <a href={`${base}/export.txt`}>{t('plainText')}</a>;{' '}
          <Link href={printPath}>{t('printWithList')}</Link>.
        </p>
      )}
      {frozen && campaign.snapshot && <FinalListPreview campaign={campaign} snapshot={campaign.snapshot} />}
      {live && (
        <>
          <p className="mt-2 text-sm text-muted">{t('liveNote')}</p>
          <EntryList
            entries={live.entries}
            format={campaign.listFormat}
            language={locale}
            level={3}
            headings={{ organization: t('organizations'), individual: t('individuals'), lang: locale }}
          />
          {live.total > live.entries.length && (
            <p className="mt-4">
              <Link href={`${base}/signatories`}>{t('seeAll', { count: live.total })}</Link>
            </p>
          )}
        </>
      )}
      {!frozen && !live && <p className="mt-2 text-sm text-muted">{t('notYetPublished')}</p>}
    </section>
  );
}
