import 'server-only';
import { parseOrThrow } from '../actions/parse';
import { DomainError } from '../errors';
import { absoluteUrl, letterPath } from '../urls';
import { countryName } from './countries';
import { attachment, csvStream } from './csv';
import { documentEntry } from './document';
import {
  getFinalListPage,
  getListCounts,
  getLiveListPage,
  getPublicListCampaign,
  isListPublic,
  iterateLiveEntries,
  iterateSnapshotEntries,
  type ListCampaign,
} from './queries';
import { apiPagination } from './schemas';

/** The public API is read-only and open to every origin (SPEC §8). */
export const corsHeaders: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
};

export function withCors(response: Response): Response {
  for (const [k, v] of Object.entries(corsHeaders)) response.headers.set(k, v);
  return response;
}

export const preflightResponse = () => new Response(null, { status: 204, headers: corsHeaders });

async function requirePublicCampaign(slug: string): Promise<ListCampaign> {
  const campaign = await getPublicListCampaign(slug);
  if (!campaign) throw new DomainError('not_found', 'No published letter has this address.');
  return campaign;
}

export type CampaignDto = {
  slug: string;
  title: string;
  status: ListCampaign['status'];
  language: string;
  deadline: string | null;
  currentVersion: number;
  counts: { organizations: number; individuals: number; countries: number };
  summary: string;
  listPublic: boolean;
  lockedAt: string | null;
  lockedVersion: number | null;
  /** SHA-256 (hex) of export.json as served; present once locked. */
  snapshotHash: string | null;
  delivery: { deliveredAt: string; deliveredTo: string; method: string; note: string | null; link: string | null } | null;
  links: { letter: string; signatories: string | null; signatoriesCsv: string | null; exportJson: string | null };
};

/** `GET /api/v1/campaigns/{slug}`: public fields only. */
export async function getCampaignDto(slug: string): Promise<CampaignDto> {
  const c = await requirePublicCampaign(slug);
  const counts = await getListCounts(c);
  const listPublic = isListPublic(c);
  const api = `/api/v1/campaigns/${encodeURIComponent(c.slug)}`;
  return {
    slug: c.slug,
    title: c.title,
    status: c.status,
    language: c.language,
    deadline: c.deadline?.toISOString() ?? null,
    currentVersion: c.currentVersion,
    counts: { organizations: counts.organizations, individuals: counts.individuals, countries: counts.countries },
    summary: counts.summary,
    listPublic,
    lockedAt: c.snapshot?.lockedAt.toISOString() ?? null,
    lockedVersion: c.snapshot?.letterVersion ?? null,
    snapshotHash: c.snapshot?.hash ?? null,
    delivery: c.delivery
      ? {
          deliveredAt: c.delivery.deliveredAt.toISOString(),
          deliveredTo: c.delivery.deliveredTo,
          method: c.delivery.method,
          note: c.delivery.note,
          link: c.delivery.link,
        }
      : null,
    links: {
      letter: absoluteUrl(letterPath(c.slug)),
      signatories: listPublic ? absoluteUrl(`${api}/signatories`) : null,
      signatoriesCsv: listPublic ? absoluteUrl(`${api}/signatories.csv`) : null,
      exportJson: c.snapshot ? absoluteUrl(`${letterPath(c.slug)}/export.json`) : null,
    },
  };
}

export type SignatoryDto = {
  position: number;
  kind: 'organization' | 'individual';
  name: string;
  acronym: string | null;
  title: string | null;
  country: string | null;
  countryName: string | null;
};

export type SignatoriesDto = {
  slug: string;
  final: boolean;
  snapshotHash: string | null;
  page: number;
  perPage: number;
  total: number;
  totalPages: number;
  entries: SignatoryDto[];
};

async function requirePublicList(slug: string): Promise<ListCampaign> {
  const c = await requirePublicCampaign(slug);
  if (!isListPublic(c)) throw new DomainError('forbidden', 'The list of signatories of this letter is not public yet.');
  return c;
}

/** `GET /api/v1/campaigns/{slug}/signatories?page=&perPage=`: in list order, public fields only. */
export async function getSignatoriesDto(slug: string, params: URLSearchParams): Promise<SignatoriesDto> {
  const { page, perPage } = parseOrThrow(apiPagination, {
    page: params.get('page') ?? undefined,
    perPage: params.get('perPage') ?? undefined,
  });
  const c = await requirePublicList(slug);
  const list = c.snapshot ? await getFinalListPage(c.id, { page, perPage, total: c.snapshot.counts.organizations + c.snapshot.counts.individuals }) : await getLiveListPage(c.id, page, perPage, c.listOrder);
  return {
    slug: c.slug,
    final: Boolean(c.snapshot),
    snapshotHash: c.snapshot?.hash ?? null,
    page,
    perPage,
    total: list.total,
    totalPages: Math.ceil(list.total / perPage),
    entries: list.entries.map((e) => ({ ...documentEntry(e), countryName: countryName(e.country, c.language) })),
  };
}

/** `GET /api/v1/campaigns/{slug}/signatories.csv`: the whole public list, streamed. */
export async function signatoriesCsvResponse(slug: string): Promise<Response> {
  const c = await requirePublicList(slug);
  const batches = c.snapshot ? iterateSnapshotEntries(c.id) : iterateLiveEntries(c.id, c.listOrder);
  return new Response(csvStream(batches, c.language), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': attachment(`${c.slug}-signatories.csv`),
      'Cache-Control': c.snapshot ? 'public, max-age=300' : 'no-store',
    },
  });
}
