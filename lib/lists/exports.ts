import 'server-only';
import { and, eq } from 'drizzle-orm';
import { letterVersions } from '@/db/schema';
import { getRole } from '../auth/roles';
import { getCurrentCoordinator } from '../auth/session';
import { getDb } from '@/db/client';
import { isFrozen } from '../campaigns/lifecycle';
import { DomainError } from '../errors';
import type { LetterText } from '../letters/schemas';
import { absoluteUrl, letterPath } from '../urls';
import { attachment, csvStream, streamText } from './csv';
import { formatMoment } from '../dates';
import type { Locale } from '../i18n/locales';
import { localizedSummary } from '../i18n/summary';
import { translatorFor } from '../i18n/translator';
import { documentChunks } from './document';
import { getEntrySource, getListCampaign, type EntrySource, type ListCampaign } from './queries';
import { textChunks } from './text';
import type { PositionedEntry } from './types';

export type ExportFormat = 'json' | 'csv' | 'txt';

/**
 * The campaign and its entries for an export: the public gets the final list once locked;
 * a coordinator of the campaign gets it at any time (before the lock, the live approved list).
 */
export async function requireExportSource(slug: string): Promise<{ campaign: ListCampaign; source: EntrySource }> {
  const campaign = await getListCampaign(slug);
  if (!campaign) throw new DomainError('not_found', 'Letter not found.');
  if (!(isFrozen(campaign.status) && campaign.snapshot)) {
    const coordinator = await getCurrentCoordinator();
    const role = coordinator ? await getRole(await getDb(), campaign.id, coordinator.id) : null;
    if (!role) throw new DomainError('not_found', 'The final list of this letter is not published yet.');
  }
  return { campaign, source: await getEntrySource(campaign) };
}

const contentTypes: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  txt: 'text/plain; charset=utf-8',
};

/** `<slug>-signatories.csv` for the final list; a list that may still change says so. */
export function exportFileName(campaign: Pick<ListCampaign, 'slug'>, final: boolean, format: ExportFormat): string {
  return `${campaign.slug}-signatories${final ? '' : '-not-final'}.${format}`;
}

/** Streams one export; the JSON is byte for byte the document whose SHA-256 was published. */
export async function exportResponse(slug: string, format: ExportFormat, extraHeaders: HeadersInit = {}, inLanguage?: TextLanguage): Promise<Response> {
  const { campaign, source } = await requireExportSource(slug);
  const body =
    format === 'json'
      ? streamText(documentChunks(source.meta, source.batches()))
      : format === 'csv'
        ? csvStream(source.batches(), campaign.language)
        : inLanguage
          ? streamText(textChunks(localizedTextHeader(campaign, source, inLanguage), campaign.listFormat, inLanguage.locale, source.text, localizedHeadings(inLanguage.locale)))
          : streamText(textChunks(textHeader(campaign, source), campaign.listFormat, campaign.language, source.text));
  const headers = new Headers(extraHeaders);
  headers.set('Content-Type', contentTypes[format]);
  // Downloads as a file; only headers differ, the JSON's bytes (and so its hash) do not.
  headers.set('Content-Disposition', attachment(exportFileName(campaign, source.final, format)));
  // The final list never changes; a live list must not be cached by anyone.
  headers.set('Cache-Control', source.final ? 'public, max-age=300' : 'private, no-store');
  if (campaign.snapshot) headers.set('X-Snapshot-SHA256', campaign.snapshot.hash);
  return new Response(body, { headers });
}

function textHeader(campaign: ListCampaign, source: EntrySource) {
  const lines: string[] = [`Letter version ${source.meta.letterVersion}`];
  if (campaign.snapshot) {
    lines.push(
      `Final list, locked ${formatMoment(campaign.snapshot.lockedAt, { language: campaign.language })}`,
      `SHA-256 of the JSON export: ${campaign.snapshot.hash}`,
      `Verify: curl -s ${absoluteUrl(`${letterPath(campaign.slug)}/export.json`)} | sha256sum`,
    );
  } else {
    lines.push('Live list of approved sign-ons: not final until the list is locked.');
  }
  return { title: source.meta.campaign.title, summary: source.meta.summary, lines };
}

/** The plain-text export in another language: the letter's title in it, the words around the list in it. */
export type TextLanguage = { locale: Locale; title: string };

/** The header of a translated plain-text export; the list and its hash are the same in every language. */
function localizedTextHeader(campaign: ListCampaign, source: EntrySource, { locale, title }: TextLanguage) {
  const t = translatorFor(locale, 'export');
  const lines: string[] = [t('version', { version: source.meta.letterVersion })];
  if (campaign.snapshot) {
    lines.push(
      t('locked', { moment: formatMoment(campaign.snapshot.lockedAt, { language: locale }) }),
      t('sha', { hash: campaign.snapshot.hash }),
      t('verify', { url: absoluteUrl(`${letterPath(campaign.slug)}/export.json`) }),
    );
  } else {
    lines.push(t('live'));
  }
  return { title, summary: localizedSummary(source.meta.counts, locale), lines };
}

function localizedHeadings(locale: Locale) {
  const t = translatorFor(locale, 'signatories');
  return { organization: t('organizations'), individual: t('individuals') };
}

export type Printable = {
  campaign: ListCampaign;
  letter: LetterText & { number: number };
  entries: PositionedEntry[];
  final: boolean;
};

/**
 * The whole letter and its signatories for the print page: the version that was locked and
 * the final list, or for a coordinator before the lock the current text and live list. A
 * printed document holds every entry, so this one reads them all.
 */
export async function requirePrintable(slug: string): Promise<Printable> {
  const { campaign, source } = await requireExportSource(slug);
  return printableOf(campaign, source);
}

/** The final list's printable document, for anyone; null before the lock. Reads no session. */
export async function getPublicPrintable(slug: string): Promise<Printable | null> {
  const campaign = await getListCampaign(slug);
  if (!campaign || !(isFrozen(campaign.status) && campaign.snapshot)) return null;
  return printableOf(campaign, await getEntrySource(campaign));
}

async function printableOf(campaign: ListCampaign, source: EntrySource): Promise<Printable> {
  const db = await getDb();
  const [letter] = await db
    .select()
    .from(letterVersions)
    .where(and(eq(letterVersions.campaignId, campaign.id), eq(letterVersions.number, source.meta.letterVersion)))
    .limit(1);
  if (!letter) throw new DomainError('not_found', 'Letter not found.');
  const entries: PositionedEntry[] = [];
  for await (const batch of source.batches()) entries.push(...batch);
  return { campaign, letter, entries, final: source.final };
}
