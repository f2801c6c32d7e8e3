import type { Metadata } from 'next';
import Link from 'next/link';
import { SignOnMessages } from '@/components/sign-ons/sign-on-messages';
import { textDirection } from '@/lib/i18n/locales';
import { ActionButtonForm } from '@/components/sign-ons/action-button-form';
import { signerStatusUrl } from '@/lib/sign-ons/paths';
import type { PrivateLinkParams } from '@/app/private-link';
import { withdrawSignOnAction } from '../actions';
import { loadSignerPage } from '../load-signer';

export const metadata: Metadata = { title: 'Withdraw your sign-on', robots: { index: false, follow: false } };

/** A confirmation step: the link in a "letter changed" email lands here, and only the POST withdraws. */
export default async function WithdrawPage({ params }: { params: PrivateLinkParams }) {
  const { token, signOn: s, locale, t } = await loadSignerPage(params);
  return (
    <div className="max-w-xl" lang={locale} dir={textDirection(locale)}>
      <h1 className="font-serif text-3xl font-semibold mb-4">{t('withdrawTitle')}</h1>
      <p className="mb-2">
        {t('letter')} <strong>{s.campaign.title}</strong>
      </p>
      <p className="mb-6">
        {s.kind === 'organization' ? t('signedFor') : t('signedAs')} <strong>{s.displayName}</strong>.
      </p>
      {s.canWithdraw ? (
        <>
          <p className="mb-6">{t('withdrawExplain')}</p>
          <div className="flex flex-wrap items-center gap-4">
            <SignOnMessages locale={locale}>
              <ActionButtonForm
                action={withdrawSignOnAction.bind(null, token)}
                label={t('withdrawConfirm')}
                pendingLabel={t('withdrawing')}
                variant="danger"
              />
            </SignOnMessages>
            <Link href={signerStatusUrl(token)}>{t('keep')}</Link>
          </div>
        </>
      ) : (
        <p>
          {s.status === 'withdrawn' ? t('cannotWithdrawWithdrawn') : t('cannotWithdrawFinal')} <Link href={signerStatusUrl(token)}>{t('back')}</Link>
        </p>
      )}
    </div>
  );
}
