import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DeliveryRecord } from '@/components/lists/delivery-record';
import { EntryList } from '@/components/lists/entry-list';
import { HashVerification } from '@/components/lists/hash-verification';
import { Pagination } from '@/components/lists/pagination';
import { showsCampaign } from '@/lib/campaigns/cache';
import { getLocalizedLetterPage } from '@/lib/campaigns/public-translations';
import { toLocale } from '@/lib/i18n/locales';
import { localizedSummary } from '@/lib/i18n/summary';
import { countryName } from '@/lib/lists/countries';
import { sortCountryCodes } from '@/lib/lists/format';
import {
  getCachedFinalListCountries,
  getFinalListPage,
  getListCounts,
  getLiveListPage,
  getPublicListCampaign,
  isListPublic,
} from '@/lib/lists/queries';
import { finalListSearch } from '@/lib/lists/schemas';
import { absoluteUrl, letterPath } from '@/lib/urls';
import { defineCachedLetterPage } from '../route-pages';

export type RawSearch = Record<string, string | string[] | undefined>;

const PER_PAGE = 100;

export async function signatoriesMetadata(slug: string, locale: string | null = null): Promise<Metadata> {
  const shown = await getLocalizedLetterPage(slug, locale);
  if (!shown) return {};
  const t = await getTranslations({ locale: shown.locale, namespace: 'signatories' });
  return { title: t('pageTitle', { title: shown.translation?.title ?? shown.page.letter.title }) };
}

/** The list's first page, in the original's words or a translation's, as a press release links it. */
export const signatoriesFirstPage = defineCachedLetterPage(
  ({ slug, locale }) => signatoriesMetadata(slug, locale),
  ({ slug, locale }) => <SignatoriesView slug={slug} raw={{}} locale={locale} />,
);

/**
 * The list of signatories. Its first page is cached (page.tsx); another page or a search is
 * rendered per request (search/page.tsx, which proxy.ts serves for any query string).
 */
export async function SignatoriesView({ slug, raw, locale: requested = null }: { slug: string; raw: RawSearch; locale?: string | null }) {
  const campaign = await getPublicListCampaign(slug);
  if (!campaign || !isListPublic(campaign)) notFound();
  await showsCampaign(campaign.id);
  // The same list in every language: only the words around it, and the country names, change.
  const shown = requested === null ? null : await getLocalizedLetterPage(slug, requested);
  if (requested !== null && !shown) notFound();
  const locale = shown?.locale ?? toLocale(campaign.language);
  const language = shown ? locale : campaign.language;
  const t = await getTranslations({ locale, namespace: 'signatories' });
  const tStatus = await getTranslations({ locale, namespace: 'status' });
  const title = shown?.translation?.title ?? campaign.title;
  const listPath = shown?.translation ? `${letterPath(campaign.slug)}/${shown.translation.locale}/signatories` : `${letterPath(campaign.slug)}/signatories`;
  const letterHome = shown?.translation ? `${letterPath(campaign.slug)}/${shown.translation.locale}` : letterPath(campaign.slug);
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const search = finalListSearch.parse({ page: first(raw.page), q: first(raw.q), country: first(raw.country) });
  const base = letterPath(campaign.slug);
  const counts = await getListCounts(campaign);
  const final = campaign.snapshot;

  const country = search.country === '' ? undefined : search.country === 'none' ? null : search.country;
  const [list, countries] = final
    ? await Promise.all([
        getFinalListPage(campaign.id, { page: search.page, perPage: PER_PAGE, q: search.q, country, total: counts.organizations + counts.individuals }),
        getCachedFinalListCountries(campaign.id, final.hash),
      ])
    : [await getLiveListPage(campaign.id, search.page, PER_PAGE, campaign.listOrder), []];
  const filtered = Boolean(final && (search.q || search.country));

  const href = (page: number) => {
    const qs = new URLSearchParams();
    if (final && search.q) qs.set('q', search.q);
    if (final && search.country) qs.set('country', search.country);
    if (page > 1) qs.set('page', String(page));
    const s = qs.toString();
    return `${listPath}${s ? `?${s}` : ''}`;
  };
  const from = (list.page - 1) * list.perPage + 1;
  const to = from + list.entries.length - 1;

  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={letterHome}>← {title}</Link>
      </p>
      <h1 className="font-serif text-3xl font-semibold">{final ? t('finalHeading') : t('soFarHeading')}</h1>
      <p className="mt-2 inline-block rounded-full border border-line bg-white px-3 py-1 text-sm">{tStatus(campaign.status)}</p>
      <p className="mt-4 text-lg" data-testid="summary-sentence">
        {localizedSummary(counts, locale)}
      </p>
      {!final && <p className="mt-2 text-muted">{t('liveNote')}</p>}
      {campaign.delivery && (
        <div className="card mt-4">
          <DeliveryRecord delivery={campaign.delivery} language={language} locale={locale} />
        </div>
      )}

      {final && (
        <form method="get" action={listPath} role="search" className="mt-6 grid items-end gap-4 sm:grid-cols-[minmax(12rem,1fr)_minmax(0,16rem)_auto_auto]">
          {/* A grid, not a wrapping row: beside a wide country menu the search box shrank to a sliver on a phone. */}
          <div className="min-w-0">
            <label htmlFor="q" className="field-label">
              {t('searchNames')}
            </label>
            <input id="q" name="q" type="search" defaultValue={search.q} maxLength={200} className="field-input" />
          </div>
          <div className="min-w-0">
            <label htmlFor="country" className="field-label">
              {t('country')}
            </label>
            <select id="country" name="country" defaultValue={search.country} className="field-input">
              <option value="">{t('allCountries')}</option>
              {sortCountryCodes(countries.filter((c): c is string => c !== null), language).map((code) => (
                <option key={code} value={code!}>
                  {countryName(code, language)}
                </option>
              ))}
              {countries.includes(null) && <option value="none">{t('noCountry')}</option>}
            </select>
          </div>
          <button type="submit" className="btn-primary justify-self-start">
            {t('search')}
          </button>
          {filtered && (
            <Link href={listPath} className="self-center">
              {t('showEveryone')}
            </Link>
          )}
        </form>
      )}

      <p className="mt-6 text-sm text-muted" role="status">
        {list.total === 0
          ? filtered
            ? t('noMatch')
            : t('noSignatories')
          : t(filtered ? 'showingMatching' : 'showing', { from, to, total: list.total })}
      </p>
      <EntryList
        entries={list.entries}
        format={campaign.listFormat}
        language={language}
        headings={{ organization: t('organizations'), individual: t('individuals'), lang: locale }}
      />
      <Pagination page={list.page} perPage={list.perPage} total={list.total} href={href} />

      {final && (
        <>
          <section aria-labelledby="downloads-heading" className="mt-8">
            <h2 id="downloads-heading" className="font-serif text-lg font-semibold">
              {t('downloadHeading')}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-4">
              <li>
                <a href={`${base}/export.csv`}>CSV</a>
              </li>
              <li>
                <a href={`${base}/export.json`}>JSON</a>
              </li>
              <li>
                <a href={shown?.translation ? `${letterHome}/export.txt` : `${base}/export.txt`}>{t('plainTextLink')}</a>
              </li>
              <li>
                <Link href={`${letterHome}/print`}>{t('printLink')}</Link>
              </li>
            </ul>
          </section>
          <HashVerification
            hash={final.hash}
            lockedAt={final.lockedAt}
            exportUrl={absoluteUrl(`${base}/export.json`)}
            language={language}
            locale={locale}
          />
        </>
      )}
    </div>
  );
}
