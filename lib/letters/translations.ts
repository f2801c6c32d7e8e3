import 'server-only';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { letterTranslations, letterVersions } from '@/db/schema';
import { isLocale, type Locale } from '../i18n/locales';
import type { LetterText } from './schemas';

export type LetterTranslation = LetterText & {
  locale: Locale;
  basedOnVersion: number;
  /** A substantive version of the original came after the one it was translated from. */
  outdated: boolean;
  updatedAt: Date;
};

/** Whether a substantive version newer than `basedOnVersion` exists (minor fixes leave translations current). */
const outdatedSql = sql<boolean>`exists (
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
  outdated: outdatedSql,
};

const known = <T extends { locale: string }>(rows: T[]) => rows.filter((r): r is T & { locale: Locale } => isLocale(r.locale));

/** Every translation of a campaign's letter, in a stable order (public page and editor alike). */
export async function getLetterTranslations(campaignId: string, db?: DbOrTx): Promise<LetterTranslation[]> {
  const conn = db ?? (await getDb());
  const rows = await conn.select(columns).from(letterTranslations).where(eq(letterTranslations.campaignId, campaignId)).orderBy(asc(letterTranslations.locale));
  return known(rows).map((r) => ({ ...r, outdated: Boolean(r.outdated) }));
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
