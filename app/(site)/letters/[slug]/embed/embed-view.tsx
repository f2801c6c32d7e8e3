import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AskOthers } from '@/components/outreach/ask-others';
import { SignOnSection } from '@/components/sign-ons/sign-on-section';
import { type SignOnKind } from '@/components/sign-ons/sign-on-form';
import { showsCampaign } from '@/lib/campaigns/cache';
import { getLocalizedLetterPage } from '@/lib/campaigns/public-translations';
import { textDirection, toLocale } from '@/lib/i18n/locales';
import { localizedLetterPath } from '@/lib/i18n/paths';
import { localizedSummary } from '@/lib/i18n/summary';
import { defineCachedLetterPage } from '../route-pages';
import { signOnEmbedAction } from './actions';

/**
 * Inside another site's frame the site's own header and footer would be noise (and links
 * that navigate the frame away): hidden on the embeddable pages only.
 */
export function FrameChrome() {
  return <style>{'body>header,body>footer{display:none}'}</style>;
}

/** The embeddable page in a language the letter has (the original when `locale` is absent), or null. */
async function getEmbeddedLetter(slug: string, locale: string | undefined) {
  const shown = await getLocalizedLetterPage(slug, locale ?? null);
  if (!shown) return null;
  const { original } = shown.languages;
  const shownIn = shown.translation ? shown.translation.locale : original;
  return { ...shown, text: shown.translation ?? shown.page.letter.letter, lang: shownIn, letterHome: localizedLetterPath(shown.page.letter.slug, shownIn, original) };
}

export async function embedMetadata(slug: string, locale?: string): Promise<Metadata> {
  const shown = await getEmbeddedLetter(slug, locale);
  if (!shown) return { title: 'Sign-on', robots: { index: false } };
  const t = await getTranslations({ locale: shown.locale, namespace: 'embed' });
  return { title: t('title', { title: shown.text.title }), robots: { index: false } };
}

/**
 * The embeddable sign-on page, in the letter's language or one of its translations: the
 * title and summary, the sign-on form and a link to the whole letter, which opens outside the
 * frame.
 */
export async function EmbedView({ slug, locale, initialKind }: { slug: string; locale?: string; initialKind: SignOnKind }) {
  const shown = await getEmbeddedLetter(slug, locale);
  if (!shown) notFound();
  const { page, text, lang, letterHome } = shown;
  const { letter } = page;
  await showsCampaign(letter.id);
  const ui = shown.locale;
  const [t, tStatus, tCommon] = await Promise.all([
    getTranslations({ locale: ui, namespace: 'letter' }),
    getTranslations({ locale: ui, namespace: 'status' }),
    getTranslations({ locale: ui, namespace: 'common' }),
  ]);
  return (
    <div className="max-w-2xl" lang={ui} dir={textDirection(ui)}>
      <FrameChrome />
      <p className="mb-2 text-sm">
        <span className="inline-block rounded-full border border-line bg-paper px-3 py-1 font-medium">{tStatus(page.status)}</span>
      </p>
      <h1 className="font-serif text-2xl font-semibold" lang={lang}>
        {text.title}
      </h1>
      <p className="mt-2 font-serif text-lg" data-testid="summary-sentence">
        {localizedSummary(page.counts, ui)}
      </p>
      <p className="mt-2">
        <a href={letterHome} target="_blank" rel="noopener">
          {t('readFull')} {tCommon('newTab')}
        </a>
      </p>
      {page.acceptsSignOns ? (
        <SignOnSection
          heading={t('signHeading')}
          intro={t('signIntro')}
          compact
          locale={ui}
          action={signOnEmbedAction.bind(null, letter.slug)}
          initialKind={initialKind}
          individualsFootnote={text.individualsFootnote}
          version={letter.version}
        />
      ) : (
        <p className="card mt-6" role="status">
          {page.status === 'closed' ? t('signOnClosed') : t('signOnEnded')}
        </p>
      )}
    </div>
  );
}

/** The embeddable page with the sign-on form opened for `initialKind`, for the original and each translation. */
export const defineEmbedPage = (initialKind: SignOnKind) =>
  defineCachedLetterPage(
    ({ slug, locale }) => embedMetadata(slug, locale),
    ({ slug, locale }) => <EmbedView slug={slug} locale={locale} initialKind={initialKind} />,
  );

/**
 * Where a sign-on made inside another site's frame lands, still in the frame. It answers the
 * same for a new, a pending and an already-signed address, like the letter's own page.
 */
export async function EmbedCheckEmailView({ slug, locale }: { slug: string; locale?: string }) {
  const shown = await getEmbeddedLetter(slug, locale);
  if (!shown) notFound();
  const ui = shown.locale;
  const [t, tCommon] = await Promise.all([getTranslations({ locale: ui, namespace: 'checkEmail' }), getTranslations({ locale: ui, namespace: 'common' })]);
  return (
    <div className="max-w-xl" lang={ui} dir={textDirection(ui)}>
      <FrameChrome />
      <h1 className="font-serif text-3xl font-semibold mb-4">{t('title')}</h1>
      <p className="mb-4">{t('sent')}</p>
      <p className="mb-4">
        {t('nothingArrived')}{' '}
        <a href={`${shown.letterHome}/my-link`} target="_blank" rel="noopener">
          {t('emailAgain')} {tCommon('newTab')}
        </a>
        .
      </p>
      <AskOthers slug={shown.page.letter.slug} locale={ui} letterHome={shown.letterHome} />
    </div>
  );
}

export const embedCheckEmailPage = defineCachedLetterPage(
  async ({ slug, locale }) => {
    const shown = await getEmbeddedLetter(slug, locale);
    const t = await getTranslations({ locale: shown?.locale ?? toLocale(locale), namespace: 'checkEmail' });
    return { title: t('title'), robots: { index: false } };
  },
  ({ slug, locale }) => <EmbedCheckEmailView slug={slug} locale={locale} />,
);
