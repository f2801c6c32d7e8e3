import 'server-only';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { letterTranslations, letterVersions } from '@/db/schema';
import { isLocale, type Locale } from '../i18n/locales';
import type { LetterText } from './schemas';
import { letterTextHash } from './text-hash';

export type LetterTranslation = LetterText & {
  locale: Locale;
  basedOnVersion: number;
  /** A substantive version of the original came after the one it was translated from. */
  outdated: boolean;
  updatedAt: Date;
};

/** Whether a substantive version newer than `basedOnVersion` exists (minor fixes leave translations current). */
const laterSubstantiveSql = sql<boolean>`exists (
  select 1 from ${letterVersions} v
  where v.campaign_id = ${letterTranslations.campaignId}
    and v.number > ${letterTranslations.basedOnVersion}
    and v.change_kind = 'substantive'
)`;

const columns = {
  locale: letterTranslations.locale,
  title: letterTranslations.title,
  dateLine: letterTranslations.dateLine,
  addressees: letterTranslations.addressees,
  body: letterTranslations.body,
  closing: letterTranslations.closing,
  cc: letterTranslations.cc,
  individualsFootnote: letterTranslations.individualsFootnote,
  basedOnVersion: letterTranslations.basedOnVersion,
  updatedAt: letterTranslations.updatedAt,
  sourceHash: letterTranslations.sourceHash,
  laterSubstantive: laterSubstantiveSql,
  // The text of the version it was made from, as that version reads now.
  source: {
    title: letterVersions.title,
    dateLine: letterVersions.dateLine,
    addressees: letterVersions.addressees,
    body: letterVersions.body,
    closing: letterVersions.closing,
    cc: letterVersions.cc,
    individualsFootnote: letterVersions.individualsFootnote,
  },
};

const known = <T extends { locale: string }>(rows: T[]) => rows.filter((r): r is T & { locale: Locale } => isLocale(r.locale));

/** Every translation of a campaign's letter, in a stable order (public page and editor alike). */
export async function getLetterTranslations(campaignId: string, db?: DbOrTx): Promise<LetterTranslation[]> {
  const conn = db ?? (await getDb());
  const rows = await conn
    .select(columns)
    .from(letterTranslations)
    .leftJoin(letterVersions, and(eq(letterVersions.campaignId, letterTranslations.campaignId), eq(letterVersions.number, letterTranslations.basedOnVersion)))
    .where(eq(letterTranslations.campaignId, campaignId))
    .orderBy(asc(letterTranslations.locale));
  return known(rows).map(({ sourceHash, laterSubstantive, source, ...r }) => ({
    ...r,
    // A draft's text changes in place: a different fingerprint means the original moved on.
    outdated: Boolean(laterSubstantive) || (sourceHash !== null && source !== null && letterTextHash(source) !== sourceHash),
  }));
}

/** The languages a letter is translated into with translations outdated by a later substantive change. */
export async function getOutdatedTranslationLocales(campaignId: string, db?: DbOrTx): Promise<Locale[]> {
  return (await getLetterTranslations(campaignId, db)).filter((t) => t.outdated).map((t) => t.locale);
}

/** Whether a version exists after `version` (used to tell editors their source moved on). */
export async function hasVersionAfter(campaignId: string, version: number, db?: DbOrTx): Promise<boolean> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select({ n: letterVersions.number })
    .from(letterVersions)
    .where(and(eq(letterVersions.campaignId, campaignId), gt(letterVersions.number, version)))
    .limit(1);
  return Boolean(row);
}
