import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { SignOnMessages } from '@/components/sign-ons/sign-on-messages';
import { textDirection, toLocale } from '@/lib/i18n/locales';
import { ActionButtonForm } from '@/components/sign-ons/action-button-form';
import { signerStatusUrl } from '@/lib/sign-ons/paths';
import { getSignerStatus } from '@/lib/sign-ons/queries';
import { withdrawSignOnAction } from '../actions';

export const metadata: Metadata = { title: 'Withdraw your sign-on', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/** A confirmation step: the link in a "letter changed" email lands here, and only the POST withdraws. */
export default async function WithdrawPage({ params }: Props) {
  await connection();
  const { token } = await params;
  const s = await getSignerStatus(token);
  if (!s) notFound();
  const locale = toLocale(s.locale);
  const t = await getTranslations({ locale, namespace: 'signed' });
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
