import Link from 'next/link';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { AskOthers } from '@/components/outreach/ask-others';
import { NewLinkForm } from '@/components/sign-ons/new-link-form';
import { getLocalizedLetterPage } from '@/lib/campaigns/public-translations';
import { textDirection, type Locale } from '@/lib/i18n/locales';
import { letterPath } from '@/lib/urls';
import { statusLinkAction } from './actions';
import { defineCachedLetterPage, type LetterPageParams } from './route-pages';
import { requireTranslatedLetter } from './translated-letter';

type LinkPageProps = { slug: string; locale: Locale; letterHome: string };

/**
 * What every page around the sign-on form has: a narrow column under its heading, and the way
 * back to the letter, in the language of the page the signer came from.
 */
async function LinkPageFrame({ heading, locale, letterHome, children, after }: { heading: string; children: ReactNode; after?: ReactNode } & Omit<LinkPageProps, 'slug'>) {
  const tCommon = await getTranslations({ locale, namespace: 'common' });
  return (
    <div className="max-w-xl" lang={locale} dir={textDirection(locale)}>
      <h1 className="font-serif text-3xl font-semibold mb-4">{heading}</h1>
      {children}
      <p>
        <Link href={letterHome}>{tCommon('backToLetter')}</Link>
      </p>
      {after}
    </div>
  );
}

/**
 * The same page for a new, a pending and an already-signed address: nobody learns from the
 * form who has signed (SPEC §4).
 */
export async function CheckEmailView({ slug, locale, letterHome }: LinkPageProps) {
  const t = await getTranslations({ locale, namespace: 'checkEmail' });
  return (
    <LinkPageFrame heading={t('title')} locale={locale} letterHome={letterHome} after={<AskOthers slug={slug} locale={locale} letterHome={letterHome} />}>
      <p className="mb-4">{t('sent')}</p>
      <p className="mb-4">
        {t('nothingArrived')} <Link href={`${letterHome}/my-link`}>{t('emailAgain')}</Link>.
      </p>
    </LinkPageFrame>
  );
}

/** For a signer who lost the private link to their sign-on. */
export async function MyLinkView({ slug, locale, letterHome }: LinkPageProps) {
  const t = await getTranslations({ locale, namespace: 'myLink' });
  return (
    <LinkPageFrame heading={t('title')} locale={locale} letterHome={letterHome}>
      <p className="mb-6">{t('intro')}</p>
      <div className="card mb-6">
        <NewLinkForm action={statusLinkAction.bind(null, slug)} submitLabel={t('title')} locale={locale} />
      </div>
    </LinkPageFrame>
  );
}

/** The same answer whatever the address: nobody learns from this page who has signed. */
export async function MyLinkSentView({ locale, letterHome }: LinkPageProps) {
  const t = await getTranslations({ locale, namespace: 'myLink' });
  return (
    <LinkPageFrame heading={t('sentTitle')} locale={locale} letterHome={letterHome}>
      <p className="mb-4" role="status">
        {t('sent')}
      </p>
    </LinkPageFrame>
  );
}

/**
 * Where a page around the form leads back to, and in which language: the original's pages in
 * the letter's own language (English for an address that names no published letter: the
 * answer must not tell), a translation's in that language, or a 404 if the letter lacks it.
 */
async function linkPageProps({ slug, locale }: LetterPageParams): Promise<LinkPageProps> {
  if (locale === undefined) {
    const original = await getLocalizedLetterPage(slug, null);
    return { slug, locale: original?.locale ?? 'en', letterHome: letterPath(slug) };
  }
  const shown = await requireTranslatedLetter(slug, locale);
  return { slug: shown.page.letter.slug, locale: shown.locale, letterHome: shown.letterHome };
}

/**
 * A page around the form, for the original and every translation, titled by the catalog's
 * `titleKey`: the same for everyone (and so cached), whatever the address's history (SPEC §4).
 */
export const defineLinkPage = (View: (props: LinkPageProps) => Promise<ReactNode>, titleKey: string) =>
  defineCachedLetterPage(
    async (params) => {
      const t = await getTranslations({ locale: (await linkPageProps(params)).locale });
      return { title: t(titleKey), robots: { index: false } };
    },
    async (params) => {
      const props = await linkPageProps(params);
      return <View {...props} />;
    },
  );
