import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { tokenPurposes } from '@/db/enums';
import { campaigns, signOns, signOnTokens } from '@/db/schema';
import { acceptsSignOns, effectiveStatus, isFrozen, type CampaignStatus } from '../campaigns/lifecycle';
import { countryName } from '../lists/countries';
import { hashToken, sameHash } from '../security/tokens';
import { publicEntryName, type MergedInto } from './labels';
import { signOnMachine, type SignOnStatus } from './lifecycle';

export type VerifyLinkState = {
  /** ready: the button will confirm; the rest explain why it will not. */
  state: 'ready' | 'used' | 'expired' | 'withdrawn' | 'final';
  kind: 'organization' | 'individual';
  displayName: string;
  /** The language the signer signed in: the page speaks it. */
  locale: string;
  campaign: { slug: string; title: string; language: string; acceptsSignOns: boolean };
};

/** The sign-on a private link opens, with its campaign and the token's state; null for an unknown link or one made for another purpose. */
async function findByToken(token: string, purpose: (typeof tokenPurposes)[number]) {
  const hash = hashToken(token);
  const db = await getDb();
  const [row] = await db
    .select({ tokenHash: signOnTokens.tokenHash, usedAt: signOnTokens.usedAt, expiresAt: signOnTokens.expiresAt, signOn: signOns, campaign: campaigns })
    .from(signOnTokens)
    .innerJoin(signOns, eq(signOns.id, signOnTokens.signOnId))
    .innerJoin(campaigns, eq(campaigns.id, signOns.campaignId))
    .where(and(eq(signOnTokens.tokenHash, hash), eq(signOnTokens.purpose, purpose)))
    .limit(1);
  return row && sameHash(row.tokenHash, hash) ? row : null;
}

/** What the confirmation page shows. Reading it changes nothing (mail scanners open links). */
export async function getVerifyLinkState(token: string, now = new Date()): Promise<VerifyLinkState | null> {
  const row = await findByToken(token, 'verify');
  if (!row) return null;
  const { signOn: s, campaign: c } = row;
  const state: VerifyLinkState['state'] =
    s.status === 'withdrawn'
      ? 'withdrawn'
      : row.usedAt
        ? 'used'
        : row.expiresAt && row.expiresAt <= now
          ? 'expired'
          : isFrozen(c.status)
            ? 'final'
            : 'ready';
  return {
    state,
    kind: s.kind,
    displayName: s.displayName,
    locale: s.locale,
    campaign: { slug: c.slug, title: c.title, language: c.language, acceptsSignOns: acceptsSignOns(c, now) },
  };
}

export type SignerStatus = {
  kind: 'organization' | 'individual';
  /** The language the signer signed in: their pages and emails speak it. */
  locale: string;
  status: SignOnStatus;
  versionSigned: number;
  displayName: string;
  acronym: string | null;
  title: string | null;
  country: string | null;
  countryName: string | null;
  website: string | null;
  submittedAt: Date;
  campaign: { slug: string; title: string; language: string; status: CampaignStatus; currentVersion: number };
  canEdit: boolean;
  canWithdraw: boolean;
  /** For a duplicate the coordinators merged into another entry: that entry, as the public sees it. */
  mergedInto: MergedInto | null;
};

async function mergedInto(signOn: { status: SignOnStatus; duplicateOfId: string | null }): Promise<MergedInto | null> {
  if (signOn.status !== 'rejected' || !signOn.duplicateOfId) return null;
  const db = await getDb();
  const [kept] = await db
    .select({ displayName: signOns.displayName, acronym: signOns.acronym, status: signOns.status })
    .from(signOns)
    .where(eq(signOns.id, signOn.duplicateOfId))
    .limit(1);
  // An entry merged into one that was later refused or withdrawn is simply not on the letter.
  if (!kept || !['approved', 'verified', 'pending_verification'].includes(kept.status)) return null;
  return { name: publicEntryName(kept), onLetter: kept.status === 'approved' };
}

/** The signer's own view through their private link; null for an unknown link. */
export async function getSignerStatus(token: string): Promise<SignerStatus | null> {
  const row = await findByToken(token, 'access');
  if (!row) return null;
  const { signOn: s, campaign: c } = row;
  const open = !isFrozen(c.status);
  return {
    kind: s.kind,
    status: s.status,
    versionSigned: s.versionSigned,
    displayName: s.displayName,
    acronym: s.acronym,
    title: s.title,
    country: s.country,
    countryName: countryName(s.country, s.locale),
    locale: s.locale,
    website: s.website,
    submittedAt: s.createdAt,
    campaign: { slug: c.slug, title: c.title, language: c.language, status: effectiveStatus(c), currentVersion: c.currentVersion },
    canEdit: open && ['pending_verification', 'verified', 'approved'].includes(s.status),
    canWithdraw: open && signOnMachine.canTransition(s.status, 'withdraw'),
    mergedInto: await mergedInto(s),
  };
}
