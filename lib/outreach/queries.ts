import 'server-only';
import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { campaigns, outreachTargets, signOns } from '@/db/schema';
import { requireRole } from '../auth/roles';
import { acceptsSignOns, isPublic } from '../campaigns/lifecycle';
import { bySlug } from '../campaigns/by-slug';
import type { SignOnStatus } from '../sign-ons/lifecycle';
import { emailDomain } from '../sign-ons/normalize';
import { hashToken } from '../security/tokens';
import { canRemind, funnelOf, outreachStage, type Funnel, type OutreachStage, type TargetState } from './lifecycle';
import { parseTargets, type ExistingTargets, type TargetRow } from './parse-targets';
import { invitationToken } from './schemas';

const t = outreachTargets;

/**
 * Addresses of mail services anyone can use: two sign-ons from gmail.com are not one
 * organization, so these never suggest a match.
 */
const genericDomains = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.fr', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com', 'icloud.com',
  'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'web.de', 'yandex.ru', 'mail.ru', 'orange.fr',
]);
export const isGenericDomain = (domain: string) => genericDomains.has(domain);

export async function existingTargets(db: DbOrTx, campaignId: string): Promise<ExistingTargets> {
  const rows = await db.select({ email: t.canonicalEmail, name: t.normalizedName }).from(t).where(eq(t.campaignId, campaignId));
  return { emails: new Set(rows.map((r) => r.email)), names: new Set(rows.map((r) => r.name)) };
}

/** The preview of a pasted list or CSV: every row with its errors and whether it is a duplicate. */
export async function previewTargets(input: { campaignId: string; text: string }, actorId: string): Promise<TargetRow[]> {
  const db = await getDb();
  await requireRole(db, input.campaignId, actorId, 'editor');
  return parseTargets(input.text, await existingTargets(db, input.campaignId));
}

export type MatchCandidate = { signOnId: string; name: string; status: SignOnStatus; by: 'name' | 'domain' };

export type TargetView = {
  id: string;
  name: string;
  acronym: string | null;
  country: string | null;
  email: string;
  state: TargetState;
  stage: OutreachStage;
  matchedBy: 'link' | 'name' | 'domain' | null;
  signOnName: string | null;
  invitedAt: Date | null;
  reminderDueAt: Date | null;
  /** The reminder is queued for a later moment (scheduled before the deadline). */
  reminderWaiting: boolean;
  canRemind: boolean;
  candidates: MatchCandidate[];
};

export type OutreachOverview = { targets: TargetView[]; funnel: Funnel; reminderDays: number | null; open: boolean; hasDeadline: boolean };

/** Sign-ons that may be an unmatched target's: the same normalized name, or an address at its (non-generic) domain. */
async function matchCandidates(db: DbOrTx, campaignId: string, unmatched: { normalizedName: string; canonicalEmail: string }[]) {
  if (unmatched.length === 0) return [];
  const names = unmatched.map((u) => u.normalizedName);
  const domains = [...new Set(unmatched.map((u) => emailDomain(u.canonicalEmail)).filter((d) => !isGenericDomain(d)))];
  const domainOf = sql<string>`split_part(${signOns.canonicalEmail}, '@', 2)`;
  return db
    .select({ id: signOns.id, name: signOns.displayName, normalizedName: signOns.normalizedName, domain: domainOf, status: signOns.status })
    .from(signOns)
    .where(
      and(
        eq(signOns.campaignId, campaignId),
        eq(signOns.kind, 'organization'),
        ne(signOns.status, 'withdrawn'),
        or(inArray(signOns.normalizedName, names), domains.length > 0 ? inArray(domainOf, domains) : undefined),
        sql`not exists (select 1 from ${t} where ${t.signOnId} = ${signOns.id})`,
      ),
    )
    .limit(500);
}

/** The Outreach tab: every target with its stage and possible matches, and the funnel (editors and owners only). */
export async function getOutreach(campaignId: string, actorId: string): Promise<OutreachOverview> {
  const db = await getDb();
  await requireRole(db, campaignId, actorId, 'editor');
  const [campaign] = await db
    .select({ status: campaigns.status, deadline: campaigns.deadline, reminderDays: campaigns.outreachReminderDays })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  const rows = await db
    .select({ target: t, signOnName: signOns.displayName, signOnStatus: signOns.status })
    .from(t)
    .leftJoin(signOns, eq(signOns.id, t.signOnId))
    .where(eq(t.campaignId, campaignId))
    .orderBy(asc(t.createdAt), asc(t.name));
  const now = new Date();
  const unmatched = rows.filter((r) => (r.target.state === 'added' || r.target.state === 'invited') && !r.target.signOnId).map((r) => r.target);
  const found = await matchCandidates(db, campaignId, unmatched);
  const targets = rows.map(({ target, signOnName, signOnStatus }): TargetView => {
    const domain = emailDomain(target.canonicalEmail);
    const candidates = unmatched.includes(target)
      ? found
          .filter((s) => s.normalizedName === target.normalizedName || (s.domain === domain && !isGenericDomain(domain)))
          .map((s) => ({ signOnId: s.id, name: s.name, status: s.status, by: s.normalizedName === target.normalizedName ? ('name' as const) : ('domain' as const) }))
      : [];
    return {
      id: target.id,
      name: target.name,
      acronym: target.acronym,
      country: target.country,
      email: target.email,
      state: target.state,
      stage: outreachStage({ state: target.state, signOnStatus }),
      matchedBy: target.matchedBy,
      signOnName,
      invitedAt: target.invitedAt,
      reminderDueAt: target.reminderDueAt,
      reminderWaiting: target.reminderDueAt !== null && target.reminderDueAt.getTime() > now.getTime(),
      canRemind: canRemind(target),
      candidates,
    };
  });
  return {
    targets,
    funnel: funnelOf(targets),
    reminderDays: campaign?.reminderDays ?? null,
    open: campaign ? acceptsSignOns(campaign) : false,
    hasDeadline: Boolean(campaign?.deadline),
  };
}

/** The funnel alone, for the campaign overview (the page has checked the coordinator's role). */
export async function getOutreachFunnel(campaignId: string): Promise<Funnel> {
  const db = await getDb();
  const rows = await db
    .select({ state: t.state, invitedAt: t.invitedAt, signOnStatus: signOns.status })
    .from(t)
    .leftJoin(signOns, eq(signOns.id, t.signOnId))
    .where(eq(t.campaignId, campaignId));
  return funnelOf(rows.map((r) => ({ stage: outreachStage(r), invitedAt: r.invitedAt })));
}

export type Invitation = {
  name: string;
  acronym: string | null;
  country: string | null;
  email: string;
  state: TargetState;
  campaign: { slug: string; title: string };
};

/** The target a personal link names, on that letter; null for a link that is not valid there. */
export async function getInvitation(slug: string, rawToken: string): Promise<Invitation | null> {
  const token = invitationToken.safeParse(rawToken);
  if (!token.success) return null;
  const hash = hashToken(token.data);
  const db = await getDb();
  const [row] = await db
    .select({ target: t, slug: campaigns.slug, title: campaigns.title, status: campaigns.status })
    .from(t)
    .innerJoin(campaigns, eq(campaigns.id, t.campaignId))
    .where(and(bySlug(slug), or(eq(t.invitationTokenHash, hash), eq(t.reminderTokenHash, hash))))
    .limit(1);
  if (!row || !isPublic(row.status)) return null;
  const { target } = row;
  return { name: target.name, acronym: target.acronym, country: target.country, email: target.email, state: target.state, campaign: { slug: row.slug, title: row.title } };
}

/** What the opt-out page shows before the button: the organization and the letter. */
export async function getOptOutTarget(rawToken: string): Promise<{ name: string; state: TargetState; campaignTitle: string; language: string } | null> {
  const token = invitationToken.safeParse(rawToken);
  if (!token.success) return null;
  const hash = hashToken(token.data);
  const db = await getDb();
  const [row] = await db
    .select({ name: t.name, state: t.state, campaignTitle: campaigns.title, language: campaigns.language })
    .from(t)
    .innerJoin(campaigns, eq(campaigns.id, t.campaignId))
    .where(or(eq(t.invitationTokenHash, hash), eq(t.reminderTokenHash, hash)))
    .limit(1);
  return row ?? null;
}
