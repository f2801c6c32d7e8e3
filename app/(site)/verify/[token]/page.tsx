import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ActionButtonForm } from '@/components/sign-ons/action-button-form';
import { NewLinkForm } from '@/components/sign-ons/new-link-form';
import { SignOnMessages } from '@/components/sign-ons/sign-on-messages';
import { textDirection, toLocale } from '@/lib/i18n/locales';
import { signerLetterPath } from '@/lib/i18n/paths';
import { getVerifyLinkState } from '@/lib/sign-ons/queries';
import { newLinkAction } from '../../letters/[slug]/actions';
import { openPrivateLink, type PrivateLinkParams } from '@/app/private-link';
import { confirmSignOnAction } from './actions';

export const metadata: Metadata = { title: 'Confirm your sign-on', robots: { index: false, follow: false } };

/**
 * Opening the link changes nothing (mail scanners open links before people do); only the
 * button, a POST, confirms. The page speaks the language the signer signed in.
 */
export default async function VerifyPage({ params }: { params: PrivateLinkParams }) {
  const { token, found: link } = await openPrivateLink(params, getVerifyLinkState);
  const { campaign } = link;
  const locale = toLocale(link.locale);
  const t = await getTranslations({ locale, namespace: 'verify' });
  const letter = (
    <Link href={signerLetterPath(campaign.slug, locale, campaign.language)} className="font-semibold">
      {campaign.title}
    </Link>
  );

  if (link.state === 'ready') {
    return (
      <div className="max-w-xl" lang={locale} dir={textDirection(locale)}>
        <h1 className="font-serif text-3xl font-semibold mb-4">{t('title')}</h1>
        <p className="mb-2">
          {t('aboutToSign')} {letter}
        </p>
        <p className="mb-6">
          {link.kind === 'organization' ? t('forOrganization') : t('as')} <strong>{link.displayName}</strong>.
        </p>
        <SignOnMessages locale={locale}>
          <ActionButtonForm action={confirmSignOnAction.bind(null, token)} label={t('confirm')} pendingLabel={t('confirming')} />
        </SignOnMessages>
      </div>
    );
  }

  const offerNewLink = (link.state === 'used' || link.state === 'expired') && campaign.acceptsSignOns;
  return (
    <div className="max-w-xl" lang={locale} dir={textDirection(locale)}>
      <h1 className="font-serif text-3xl font-semibold mb-4">
        {link.state === 'used' ? t('usedTitle') : link.state === 'expired' ? t('expiredTitle') : t('goneTitle')}
      </h1>
      <p className="mb-4">{t(link.state)}</p>
      <p className="mb-6">
        {t('letter')} {letter}
      </p>
      {offerNewLink && (
        <section aria-labelledby="new-link-heading" className="card">
          <h2 id="new-link-heading" className="text-lg font-semibold mb-3">
            {t('newLinkHeading')}
          </h2>
          <p className="mb-4 text-muted">{t('newLinkIntro')}</p>
          <SignOnMessages locale={locale}>
            <NewLinkForm action={newLinkAction.bind(null, campaign.slug)} locale={locale} />
          </SignOnMessages>
        </section>
      )}
    </div>
  );
}
