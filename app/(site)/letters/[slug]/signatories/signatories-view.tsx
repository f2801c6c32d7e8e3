import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeliveryRecord } from '@/components/lists/delivery-record';
import { EntryList } from '@/components/lists/entry-list';
import { HashVerification } from '@/components/lists/hash-verification';
import { Pagination } from '@/components/lists/pagination';
import { showsCampaign } from '@/lib/campaigns/cache';
import { statusLabel } from '@/lib/campaigns/labels';
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

export type RawSearch = Record<string, string | string[] | undefined>;

const PER_PAGE = 100;

export async function signatoriesMetadata(slug: string): Promise<Metadata> {
  const campaign = await getPublicListCampaign(slug);
  return campaign ? { title: `Signatories: ${campaign.title}` } : {};
}

/**
 * The list of signatories. Its first page is cached (page.tsx); another page or a search is
 * rendered per request (search/page.tsx, which proxy.ts serves for any query string).
 */
export async function SignatoriesView({ slug, raw }: { slug: string; raw: RawSearch }) {
  const campaign = await getPublicListCampaign(slug);
  if (!campaign || !isListPublic(campaign)) notFound();
  await showsCampaign(campaign.id);
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
    return `${base}/signatories${s ? `?${s}` : ''}`;
  };
  const from = (list.page - 1) * list.perPage + 1;
  const to = from + list.entries.length - 1;

  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={base}>← {campaign.title}</Link>
      </p>
      <h1 className="font-serif text-3xl font-semibold">{final ? 'Final list of signatories' : 'Signatories so far'}</h1>
      <p className="mt-2 inline-block rounded-full border border-line bg-white px-3 py-1 text-sm">{statusLabel[campaign.status]}</p>
      <p className="mt-4 text-lg" data-testid="summary-sentence">
        {counts.summary}
      </p>
      {!final && <p className="mt-2 text-muted">Approved sign-ons so far; the list is final once the coordinators lock it.</p>}
      {campaign.delivery && (
        <div className="card mt-4">
          <DeliveryRecord delivery={campaign.delivery} language={campaign.language} />
        </div>
      )}

      {final && (
        <form method="get" action={`${base}/signatories`} role="search" className="mt-6 grid items-end gap-4 sm:grid-cols-[minmax(12rem,1fr)_minmax(0,16rem)_auto_auto]">
          {/* A grid, not a wrapping row: beside a wide country menu the search box shrank to a sliver on a phone. */}
          <div className="min-w-0">
            <label htmlFor="q" className="field-label">
              Search names
            </label>
            <input id="q" name="q" type="search" defaultValue={search.q} maxLength={200} className="field-input" />
          </div>
          <div className="min-w-0">
            <label htmlFor="country" className="field-label">
              Country
            </label>
            <select id="country" name="country" defaultValue={search.country} className="field-input">
              <option value="">All countries</option>
              {sortCountryCodes(countries.filter((c): c is string => c !== null), campaign.language).map((code) => (
                <option key={code} value={code!}>
                  {countryName(code, campaign.language)}
                </option>
              ))}
              {countries.includes(null) && <option value="none">International / no country</option>}
            </select>
          </div>
          <button type="submit" className="btn-primary justify-self-start">
            Search
          </button>
          {filtered && (
            <Link href={`${base}/signatories`} className="self-center">
              Show everyone
            </Link>
          )}
        </form>
      )}

      <p className="mt-6 text-sm text-muted" role="status">
        {list.total === 0
          ? filtered
            ? 'No signatory matches this search.'
            : 'No signatories.'
          : `Showing ${from}–${to} of ${list.total}${filtered ? ' matching' : ''}`}
      </p>
      <EntryList entries={list.entries} format={campaign.listFormat} language={campaign.language} />
      <Pagination page={list.page} perPage={list.perPage} total={list.total} href={href} />

      {final && (
        <>
          <section aria-labelledby="downloads-heading" className="mt-8">
            <h2 id="downloads-heading" className="font-serif text-lg font-semibold">
              Download the final list
            </h2>
            <ul className="mt-2 flex flex-wrap gap-4">
              <li>
                <a href={`${base}/export.csv`}>CSV</a>
              </li>
              <li>
                <a href={`${base}/export.json`}>JSON</a>
              </li>
              <li>
                <a href={`${base}/export.txt`}>Plain text</a>
              </li>
              <li>
                <Link href={`${base}/print`}>Print the letter with its signatories</Link>
              </li>
            </ul>
          </section>
          <HashVerification
            hash={final.hash}
            lockedAt={final.lockedAt}
            exportUrl={absoluteUrl(`${base}/export.json`)}
            language={campaign.language}
          />
        </>
      )}
    </div>
  );
}
