import type { Metadata } from 'next';
import Link from 'next/link';
import { EditSignOnForm } from '@/components/sign-ons/edit-sign-on-form';
import { countryOptions } from '@/lib/lists/countries';
import { SignOnMessages } from '@/components/sign-ons/sign-on-messages';
import { textDirection } from '@/lib/i18n/locales';
import { signerStatusLine } from '@/lib/sign-ons/labels';
import { signerLetterPath } from '@/lib/i18n/paths';
import type { PrivateLinkParams } from '@/app/private-link';
import { editSignOnAction } from './actions';
import { loadSignerPage } from './load-signer';

export const metadata: Metadata = { title: 'Your sign-on', robots: { index: false, follow: false } };

type Props = { params: PrivateLinkParams; searchParams: Promise<{ notice?: string }> };

const notices = { confirmed: 'confirmed', saved: 'saved', withdrawn: 'withdrawnNotice' } as const;

export default async function SignerStatusPage({ params, searchParams }: Props) {
  const { token, signOn: s, locale, t } = await loadSignerPage(params);
  const noticeKey = notices[(await searchParams).notice as keyof typeof notices];
  const notice = noticeKey ? t(noticeKey) : undefined;
  const text = signerStatusLine(s, locale);
  const org = s.kind === 'organization';

  return (
    <div className="max-w-2xl" lang={locale} dir={textDirection(locale)}>
      <h1 className="font-serif text-3xl font-semibold mb-2">{t('title')}</h1>
      <p className="mb-6">
        {t('letter')} <Link href={signerLetterPath(s.campaign.slug, locale, s.campaign.language)}>{s.campaign.title}</Link>
      </p>
      {notice && (
        <p role="status" className="mb-6 rounded-md border border-ok bg-white p-3 text-ok">
          {notice}
        </p>
      )}

      <section aria-labelledby="state-heading" className="card mb-6">
        <h2 id="state-heading" className="text-lg font-semibold mb-1">
          {t('statusHeading')} <span data-testid="sign-on-status">{text.label}</span>
        </h2>
        <p className="mb-3">{text.detail}</p>
        <p className="text-sm text-muted">
          {s.campaign.currentVersion !== s.versionSigned
            ? t('versionSignedCurrent', { version: s.versionSigned, current: s.campaign.currentVersion })
            : t('versionSigned', { version: s.versionSigned })}
        </p>
      </section>

      <section aria-labelledby="fields-heading" className="card mb-6">
        <h2 id="fields-heading" className="text-lg font-semibold mb-3">
          {s.canEdit ? t('asShown') : t('asSubmitted')}
        </h2>
        {s.canEdit ? (
          <SignOnMessages locale={locale}>
            <EditSignOnForm
              action={editSignOnAction.bind(null, token)}
              current={s}
              countries={countryOptions(locale)}
              approved={s.status === 'approved'}
            />
          </SignOnMessages>
        ) : (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{org ? t('organization') : t('name')}</dt>
            <dd>{s.displayName}</dd>
            {org && s.acronym && (
              <>
                <dt className="font-medium">{t('acronym')}</dt>
                <dd>{s.acronym}</dd>
              </>
            )}
            {!org && s.title && (
              <>
                <dt className="font-medium">{t('titleField')}</dt>
                <dd>{s.title}</dd>
              </>
            )}
            <dt className="font-medium">{t('country')}</dt>
            <dd>{s.countryName ?? (org ? t('international') : t('notGiven'))}</dd>
            {org && s.website && (
              <>
                <dt className="font-medium">{t('website')}</dt>
                <dd>{s.website}</dd>
              </>
            )}
          </dl>
        )}
        {!s.canEdit && s.status !== 'withdrawn' && s.status !== 'rejected' && <p className="mt-3 text-sm text-muted">{t('final')}</p>}
      </section>

      {s.canWithdraw && (
        <section aria-labelledby="withdraw-heading" className="card">
          <h2 id="withdraw-heading" className="text-lg font-semibold mb-2">
            {t('withdrawHeading')}
          </h2>
          <p className="mb-3">{t('withdrawIntro')}</p>
          <Link href={`/signed/${token}/withdraw`} className="btn-secondary">
            {t('withdrawLink')}
          </Link>
        </section>
      )}
    </div>
  );
}
