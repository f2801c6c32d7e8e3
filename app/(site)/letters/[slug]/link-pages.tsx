import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AskOthers } from '@/components/outreach/ask-others';
import { NewLinkForm } from '@/components/sign-ons/new-link-form';
import type { Locale } from '@/lib/i18n/locales';
import { statusLinkAction } from './actions';

/**
 * The pages around the sign-on form, in the language of the page the signer came from: the
 * same for everyone (and so cached), whatever the address's history (SPEC §4).
 */
export async function CheckEmailView({ slug, locale, letterHome }: { slug: string; locale: Locale; letterHome: string }) {
  const t = await getTranslations({ locale, namespace: 'checkEmail' });
  const tCommon = await getTranslations({ locale, namespace: 'common' });
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold mb-4">{t('title')}</h1>
      <p className="mb-4">{t('sent')}</p>
      <p className="mb-4">
        {t('nothingArrived')} <Link href={`${letterHome}/my-link`}>{t('emailAgain')}</Link>.
      </p>
      <p>
        <Link href={letterHome}>{tCommon('backToLetter')}</Link>
      </p>
      <AskOthers slug={slug} locale={locale} letterHome={letterHome} />
    </div>
  );
}

/** For a signer who lost the private link to their sign-on. */
export async function MyLinkView({ slug, locale, letterHome }: { slug: string; locale: Locale; letterHome: string }) {
  const t = await getTranslations({ locale, namespace: 'myLink' });
  const tCommon = await getTranslations({ locale, namespace: 'common' });
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold mb-4">{t('title')}</h1>
      <p className="mb-6">{t('intro')}</p>
      <div className="card">
        <NewLinkForm action={statusLinkAction.bind(null, slug)} submitLabel={t('title')} locale={locale} />
      </div>
      <p className="mt-6">
        <Link href={letterHome}>{tCommon('backToLetter')}</Link>
      </p>
    </div>
  );
}

/** The same answer whatever the address: nobody learns from this page who has signed. */
export async function MyLinkSentView({ locale, letterHome }: { locale: Locale; letterHome: string }) {
  const t = await getTranslations({ locale, namespace: 'myLink' });
  const tCommon = await getTranslations({ locale, namespace: 'common' });
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold mb-4">{t('sentTitle')}</h1>
      <p className="mb-4" role="status">
        {t('sent')}
      </p>
      <p>
        <Link href={letterHome}>{tCommon('backToLetter')}</Link>
      </p>
    </div>
  );
}
