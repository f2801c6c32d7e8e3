import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/i18n/language-switcher';
import { Letter } from '@/components/letters/letter';
import { SignatoryList } from '@/components/lists/signatory-list';
import { ShareKit } from '@/components/outreach/share-kit';
import { SignOnSection } from '@/components/sign-ons/sign-on-section';
import { type SignOnKind } from '@/components/sign-ons/sign-on-form';
import { showsCampaign } from '@/lib/campaigns/cache';
import { getLocalizedLetterPage, letterLocales, type LocalizedLetterPage } from '@/lib/campaigns/public-translations';
import { formatDay, formatMoment } from '@/lib/dates';
import { localizedLetterPath } from '@/lib/i18n/paths';
import { localizedSummary } from '@/lib/i18n/summary';
import { OG_IMAGE_SIZE } from '@/lib/outreach/social-card';
import { absoluteUrl, ogImagePath, versionsPath } from '@/lib/urls';
import { signOnAction } from './actions';
import { defineCachedLetterPage } from './route-pages';

type Shown = LocalizedLetterPage;

async function StateBanner({ shown }: { shown: Shown }) {
  const { page, locale } = shown;
  const t = await getTranslations({ locale, namespace: 'letter' });
  const tStatus = await getTranslations({ locale, namespace: 'status' });
  const { status, letter } = page;
  const when = { language: locale, timeZone: page.deadlineTimeZone };
  let detail: string | null = null;
  if (status === 'open' && letter.deadline) {
    detail = t('closesOn', { moment: formatMoment(letter.deadline, when) });
  } else if (status === 'open') {
    detail = t('openDetail');
  } else if (status === 'closed') {
    detail = letter.deadline && page.deadlinePassed ? t('closedOn', { moment: formatMoment(letter.deadline, when) }) : t('closedDetail');
  } else if (status === 'locked') {
    detail = t('lockedDetail');
  } else if (status === 'delivered' && page.deliveredAt) {
    const day = formatDay(page.deliveredAt, when);
    detail = page.deliveredTo ? t('deliveredOnTo', { day, to: page.deliveredTo }) : t('deliveredOn', { day });
  }
  return (
    <section aria-label={t('statusRegion')} className="card mb-8">
      <p className="mb-1">
        <span className="inline-block rounded-full border border-line bg-paper px-3 py-1 text-sm font-medium">{tStatus(status)}</span>
      </p>
      <p className="font-serif text-xl font-semibold" data-testid="summary-sentence">
        {localizedSummary(page.counts, locale)}
      </p>
      {detail && <p className="mt-1 text-muted">{detail}</p>}
      {/* A long letter puts the form far down: a way to it before the text. */}
      {page.acceptsSignOns && (
        <p className="mt-4 no-print">
          <a href="#sign-on" className="btn-primary">
            {t('signThisLetter')}
          </a>
        </p>
      )}
    </section>
  );
}

/** Links to every language of the letter, and on a translation which text is authoritative. */
async function LanguageNotes({ shown, sub = '' }: { shown: Shown; sub?: string }) {
  const { page, languages, locale, translation } = shown;
  const t = await getTranslations({ locale, namespace: 'letter' });
  const tCommon = await getTranslations({ locale, namespace: 'common' });
  const slug = page.letter.slug;
  const links = letterLocales(languages).map((l) => ({ locale: l, href: localizedLetterPath(slug, l, languages.original, sub) }));
  // Named in the reader's language: « le texte en anglais », not « en English ».
  const originalName = new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(languages.original) ?? languages.original;
  return (
    <>
      <LanguageSwitcher links={links} current={translation ? translation.locale : languages.original} label={tCommon('languages')} />
      {translation && (
        <p className="card mb-6 text-sm" data-testid="translation-notice">
          {t(translation.outdated ? 'outdatedNotice' : 'translationNotice', { language: originalName })}{' '}
          <a href={localizedLetterPath(slug, languages.original, languages.original, sub)} hrefLang={languages.original}>
            {t('readOriginal')}
          </a>
        </p>
      )}
    </>
  );
}

/**
 * The letter page, in its original language (/letters/{slug}) or a translation
 * (/letters/{slug}/{locale}); `?kind=individual` is its cached twin at /as-individual (proxy.ts).
 */
export async function LetterPageView({ slug, initialKind, locale = null }: { slug: string; initialKind: SignOnKind; locale?: string | null }) {
  const shown = await getLocalizedLetterPage(slug, locale);
  if (!shown) notFound();
  const { page, translation } = shown;
  const { letter } = page;
  await showsCampaign(letter.id);
  const ui = shown.locale;
  const t = await getTranslations({ locale: ui, namespace: 'letter' });
  const text = translation ?? letter.letter;
  const here = (sub: string) => localizedLetterPath(letter.slug, translation ? translation.locale : letter.language, letter.language, sub);

  return (
    <div className="max-w-3xl">
      <LanguageNotes shown={shown} />
      <StateBanner shown={shown} />
      <Letter letter={text} lang={translation ? translation.locale : letter.language} />
      {letter.version > 1 && (
        <p className="mt-4 text-sm text-muted">
          {t('versionNote', { version: letter.version })} <Link href={versionsPath(letter.slug)}>{t('seeChanges')}</Link>.
        </p>
      )}

      <SignatoryList campaignId={letter.id} locale={ui} />

      {page.acceptsSignOns ? (
        <SignOnSection
          heading={t('signHeading')}
          intro={
            <>
              {t('signIntro')} {t('alreadySigned')} <Link href={here('my-link')}>{t('emailMyLink')}</Link>.
            </>
          }
          locale={ui}
          action={signOnAction.bind(null, letter.slug)}
          initialKind={initialKind}
          individualsFootnote={text.individualsFootnote}
          version={letter.version}
        />
      ) : page.status === 'closed' ? (
        <p className="card mt-10" role="status">
          {t('signOnClosed')}
        </p>
      ) : (
        (page.status === 'locked' || page.status === 'delivered') && (
          <p className="card mt-10" role="status">
            {t('signOnEnded')}
          </p>
        )
      )}

      <ShareKit url={absoluteUrl(here(''))} title={text.title} acceptsSignOns={page.acceptsSignOns} locale={ui} />
    </div>
  );
}

export { LanguageNotes };

/** Title, description, social cards and the addresses of every language of a letter's page. */
export async function letterMetadata(slug: string, locale: string | null = null, sub = ''): Promise<Metadata> {
  const shown = await getLocalizedLetterPage(slug, locale);
  if (!shown) return {};
  const { page, languages, translation } = shown;
  const t = await getTranslations({ locale: shown.locale, namespace: 'letter' });
  const text = translation ?? page.letter.letter;
  const to = text.addressees.split('\n')[0]?.trim();
  const parts = [to ? t('descriptionTo', { to }) : t('description'), `${localizedSummary(page.counts, shown.locale)}.`];
  if (page.acceptsSignOns) parts.push(t('openForSignOn'));
  const desc = parts.join(' ');
  const original = languages.original;
  const url = absoluteUrl(localizedLetterPath(page.letter.slug, translation?.locale ?? original, original, sub));
  const image = { url: absoluteUrl(ogImagePath(page.letter.slug)), ...OG_IMAGE_SIZE, alt: `${text.title}: ${localizedSummary(page.counts, shown.locale)}` };
  const alternates = Object.fromEntries(
    letterLocales(languages).map((l) => [l, absoluteUrl(localizedLetterPath(page.letter.slug, l, original, sub))]),
  );
  return {
    title: text.title,
    description: desc,
    alternates: {
      canonical: url,
      ...(languages.translations.length > 0 ? { languages: { ...alternates, 'x-default': alternates[original]! } } : {}),
    },
    openGraph: { type: 'article', title: text.title, description: desc, url, siteName: 'Undersigned', locale: translation?.locale ?? original, images: [image] },
    twitter: { card: 'summary_large_image', title: text.title, description: desc, images: [image] },
  };
}

/** The letter page, original or translated, with the sign-on form opened for `initialKind`. */
export const defineLetterPage = (initialKind: SignOnKind) =>
  defineCachedLetterPage(
    ({ slug, locale }) => letterMetadata(slug, locale),
    ({ slug, locale }) => <LetterPageView slug={slug} locale={locale} initialKind={initialKind} />,
  );
