import 'server-only';
import { and, eq, gt, isNull, ne, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { getDb, type DbOrTx, type Tx } from '@/db/client';
import { campaigns, outboxMessages, signOns, signOnTokens } from '@/db/schema';
import { parseOrThrow } from '../actions/parse';
import { publishedBySlug } from '../campaigns/by-slug';
import { campaignRefColumns } from '../campaigns/columns';
import { acceptsSignOns, isFrozen } from '../campaigns/lifecycle';
import { requireWritten } from '../conditional-write';
import { isUniqueViolation } from '../db-errors';
import type { OutgoingEmail } from '../email/outbox';
import { event, outcome, runCommand, type DomainEvent, type EventData, type Outcome } from '../events';
import { dropWaitingNotices } from '../letters/change-notices';
import { lettersForSigners } from '../letters/signer-letter';
import { DomainError } from '../errors';
import { env } from '../env';
import { bypassesRateLimits, enforceRateLimits, type RateLimitRule } from '../security/rate-limit';
import { hashToken, sameHash } from '../security/tokens';
import { assertSignOnTransition, VERIFY_TOKEN_TTL_MS, type SignOnStatus } from './lifecycle';
import { approvalFingerprint } from './approval-fingerprint';
import { signerColumns } from './signer-columns';
import { canonicalEmail, normalizeName } from './normalize';
import {
  individualEditSchema,
  isHoneypotFilled,
  newLinkSchema,
  organizationEditSchema,
  signOnSchema,
  type SignOnInput,
} from './schemas';
import { greetingName } from './greeting';
import { linkSignOnToTarget } from '../outreach/commands';
import { issueSignOnToken, issueStatusUrl, issueVerificationLinks } from './tokens';

const TEN_MINUTES = 10 * 60 * 1000;
/**
 * SPEC §9: per IP and per address, per campaign, kept in the database. One office, workshop or
 * mobile network signs many organizations from one address, so the per-IP limit is generous;
 * the per-address limit and the per-letter ceiling stop floods.
 */
export const signOnRateLimits = {
  perIp: { limit: 30, windowMs: TEN_MINUTES },
  perAddress: { limit: 3, windowMs: TEN_MINUTES },
};
/** A pending address gets a fresh link at most this often, so double submits send one email. */
export const RESEND_COOLDOWN_MS = 2 * 60 * 1000;

/**
 * The one answer to every accepted submission, whether the address is new, pending or already
 * signed: nobody learns from the form who has signed (SPEC §4). `language` is the letter's
 * original language, absent when nothing was looked up (a bot's post).
 */
export type SubmitResult = { outcome: 'check_email'; slug: string; language?: string };

type RequestContext = { ip: string };

function rateLimitRules(campaignId: string, ip: string, address: string): RateLimitRule[] {
  if (bypassesRateLimits(address)) return [];
  return [
    { key: `sign-on:ip:${campaignId}:${ip}`, ...signOnRateLimits.perIp },
    { key: `sign-on:address:${campaignId}:${address}`, ...signOnRateLimits.perAddress },
    // A backstop against many real addresses at once: unconfirmed sign-ons per letter per minute.
    { key: `sign-on:letter:${campaignId}`, limit: env().SIGN_ON_CEILING_PER_MINUTE, windowMs: 60_000 },
  ];
}

async function requireOpenCampaign(db: DbOrTx, slug: string) {
  const [campaign] = await db
    .select({ ...campaignRefColumns, deadline: campaigns.deadline, currentVersion: campaigns.currentVersion })
    .from(campaigns)
    .where(publishedBySlug(slug))
    .limit(1);
  if (!campaign) throw new DomainError('not_found', 'This letter does not exist.');
  if (isFrozen(campaign.status)) {
    throw new DomainError('invalid_transition', 'The list of signatories of this letter is final; it no longer accepts sign-ons.');
  }
  if (!acceptsSignOns(campaign)) {
    throw new DomainError('invalid_transition', 'This letter is no longer accepting sign-ons.');
  }
  return campaign;
}

/**
 * The form as submitted (browser form, server action or plain POST): honeypot, validation,
 * rate limits, then the submission itself.
 */
export async function submitSignOnForm(form: Record<string, unknown>, slug: string, ctx: RequestContext): Promise<SubmitResult> {
  // A filled honeypot is a bot: it gets the usual answer and nothing is stored or sent.
  if (isHoneypotFilled(form)) return { outcome: 'check_email', slug };
  const input = parseOrThrow(signOnSchema, form);
  return submitSignOn(input, slug, ctx);
}

export async function submitSignOn(input: SignOnInput, slug: string, ctx: RequestContext): Promise<SubmitResult> {
  const db = await getDb();
  const campaign = await requireOpenCampaign(db, slug);
  // Nobody is recorded under a text they did not see (SPEC §3).
  if (input.versionSeen !== undefined && input.versionSeen !== campaign.currentVersion) {
    throw new DomainError(
      'conflict',
      'The letter was updated while you were reading it. Please read the current text on this page, then sign again.',
    );
  }
  const address = canonicalEmail(input.email);
  await enforceRateLimits(db, rateLimitRules(campaign.id, ctx.ip, address));

  const normalizedName = normalizeName(input.displayName);
  await runCommand(async (tx) => {
    const values: typeof signOns.$inferInsert = {
      campaignId: campaign.id,
      kind: input.kind,
      status: 'pending_verification',
      source: 'form',
      displayName: input.displayName,
      acronym: input.kind === 'organization' ? input.acronym : null,
      title: input.kind === 'individual' ? input.title : null,
      country: input.country,
      website: input.kind === 'organization' ? input.website : null,
      contactName: input.kind === 'organization' ? input.contactName : null,
      contactRole: input.kind === 'organization' ? input.contactRole : null,
      email: input.email,
      canonicalEmail: address,
      comment: input.comment,
      keepInformed: input.keepInformed,
      authorized: input.kind === 'organization' ? input.authorized : false,
      normalizedName,
      versionSigned: campaign.currentVersion,
      // The invitation token is a credential: only its hash is ever stored (on the target).
      locale: input.locale ?? 'en',
      originalSubmission: { ...input, versionSeen: undefined, invitation: undefined, locale: undefined },
    };
    // The partial unique indexes (SPEC §4 duplicates) decide: a concurrent identical
    // submission waits for this one and then inserts nothing.
    const [inserted] = await tx.insert(signOns).values(values).onConflictDoNothing().returning({ id: signOns.id });
    if (inserted) {
      const signer = { id: inserted.id, kind: input.kind, displayName: input.displayName, contactName: input.kind === 'organization' ? input.contactName : null, email: input.email, locale: input.locale ?? 'en' };
      const submitted = event({
        type: 'sign-on.submitted',
        campaignId: campaign.id,
        actor: { type: 'signer' },
        subject: { type: 'sign_on', id: inserted.id },
        data: { kind: input.kind, versionSigned: campaign.currentVersion },
        emails: await verificationEmails(tx, signer, campaign),
      });
      const linked = input.invitation ? await linkSignOnToTarget(tx, campaign.id, input.invitation, inserted.id) : [];
      return outcome(undefined, [submitted, ...linked]);
    }
    const [existing] = await tx
      .select({ ...signerColumns, status: signOns.status })
      .from(signOns)
      .where(
        and(
          eq(signOns.campaignId, campaign.id),
          eq(signOns.kind, input.kind),
          eq(signOns.canonicalEmail, address),
          ne(signOns.status, 'withdrawn'),
          input.kind === 'organization' ? eq(signOns.normalizedName, normalizedName) : undefined,
        ),
      )
      .for('update')
      .limit(1);
    // Already verified or decided: nothing new is sent, and the answer is the same.
    return outcome(undefined, existing?.status === 'pending_verification' ? await resendVerification(tx, existing, campaign) : []);
  });
  return { outcome: 'check_email', slug: campaign.slug, language: campaign.language };
}

type CampaignRef = { id: string; slug: string; title: string; language?: string };
type SignerRef = Parameters<typeof greetingName>[0] & { id: string; email: string | null; locale: string };

/** The confirmation email with fresh links (none for an entry without an address). */
async function verificationEmails(tx: DbOrTx, signOn: SignerRef, campaign: CampaignRef): Promise<OutgoingEmail[]> {
  if (!signOn.email) return [];
  const links = await issueVerificationLinks(tx, signOn.id);
  const letter = (await lettersForSigners(tx, campaign, [signOn.locale]))(signOn.locale);
  const email: OutgoingEmail<'sign-on-verification'> = {
    template: 'sign-on-verification',
    to: signOn.email,
    campaignId: campaign.id,
    idempotencyKey: `sign-on-verification:${signOn.id}:${links.verifyId}`,
    locale: signOn.locale,
    props: {
      campaignTitle: letter.title,
      name: greetingName(signOn),
      confirmUrl: links.confirmUrl,
      statusUrl: links.statusUrl,
      expiresInHours: VERIFY_TOKEN_TTL_MS / 3_600_000,
    },
  };
  return [email];
}

/** Whether a link of this kind went out moments ago: one every few minutes, however often someone asks (double submits). */
async function sentWithinCooldown(tx: Tx, table: typeof signOnTokens | typeof outboxMessages, which: SQL | undefined): Promise<boolean> {
  const [recent] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(which, gt(table.createdAt, new Date(Date.now() - RESEND_COOLDOWN_MS))))
    .limit(1);
  return recent !== undefined;
}

/** The signer asked for a link again; `emails` carry it. */
const linkResent = (signOn: { id: string }, campaign: CampaignRef, emails: OutgoingEmail[], data: EventData['sign-on.link-resent'] = {}) =>
  event({ type: 'sign-on.link-resent', campaignId: campaign.id, actor: { type: 'signer' }, subject: { type: 'sign_on', id: signOn.id }, data, emails });

/** A fresh link for a pending sign-on, unless one went out moments ago. */
async function resendVerification(tx: Tx, signOn: SignerRef, campaign: CampaignRef): Promise<DomainEvent[]> {
  const sent = and(eq(signOnTokens.signOnId, signOn.id), eq(signOnTokens.purpose, 'verify'));
  if (await sentWithinCooldown(tx, signOnTokens, sent)) return [];
  return [linkResent(signOn, campaign, await verificationEmails(tx, signOn, campaign))];
}

/**
 * "Send me a new link" after an expired or used one: same answer whatever the address,
 * same rate limits as the form.
 */
export async function requestNewVerificationLink(form: Record<string, unknown>, slug: string, ctx: RequestContext): Promise<SubmitResult> {
  return emailLinks(form, slug, ctx, { campaign: requireOpenCampaign, signOns: eq(signOns.status, 'pending_verification') });
}

/**
 * "Email me my link": a signer who lost their private link gets a fresh one, at most one per
 * sign-on every few minutes; an unconfirmed sign-on gets its confirmation link again. The same
 * answer whatever the address, under the form's rate limits.
 */
export async function requestStatusLink(form: Record<string, unknown>, slug: string, ctx: RequestContext): Promise<SubmitResult> {
  return emailLinks(form, slug, ctx, { campaign: requirePublishedCampaign, signOns: ne(signOns.status, 'withdrawn') });
}

type LinkScope = { campaign: (db: DbOrTx, slug: string) => Promise<CampaignRef>; signOns: SQL };

/** Each of the address's sign-ons in scope gets its link: the confirmation link while unconfirmed, else its status link. */
async function emailLinks(form: Record<string, unknown>, slug: string, ctx: RequestContext, scope: LinkScope): Promise<SubmitResult> {
  const { email } = parseOrThrow(newLinkSchema, form);
  const db = await getDb();
  const campaign = await scope.campaign(db, slug);
  const address = canonicalEmail(email);
  await enforceRateLimits(db, rateLimitRules(campaign.id, ctx.ip, address));
  await runCommand(async (tx) => {
    const found = await tx
      .select({ ...signerColumns, status: signOns.status })
      .from(signOns)
      .where(and(eq(signOns.campaignId, campaign.id), eq(signOns.canonicalEmail, address), scope.signOns))
      .for('update');
    const events: DomainEvent[] = [];
    for (const signOn of found) {
      events.push(...(signOn.status === 'pending_verification' ? await resendVerification(tx, signOn, campaign) : await statusLink(tx, signOn, campaign)));
    }
    return outcome(undefined, events);
  });
  return { outcome: 'check_email', slug: campaign.slug, language: campaign.language };
}

async function requirePublishedCampaign(db: DbOrTx, slug: string) {
  const [campaign] = await db.select(campaignRefColumns).from(campaigns).where(publishedBySlug(slug));
  if (!campaign) throw new DomainError('not_found', 'This letter does not exist or is not public.');
  return campaign;
}

async function statusLink(tx: Tx, signOn: SignerRef & { id: string }, campaign: CampaignRef): Promise<DomainEvent[]> {
  if (!signOn.email) return [];
  const sent = and(eq(outboxMessages.campaignId, campaign.id), eq(outboxMessages.template, 'sign-on-status-link'), eq(outboxMessages.to, signOn.email));
  if (await sentWithinCooldown(tx, outboxMessages, sent)) return [];
  const { statusUrl } = await issueStatusUrl(tx, signOn.id);
  const letter = (await lettersForSigners(tx, campaign, [signOn.locale]))(signOn.locale);
  const email: OutgoingEmail<'sign-on-status-link'> = {
    template: 'sign-on-status-link',
    to: signOn.email,
    campaignId: campaign.id,
    idempotencyKey: `sign-on-status-link:${signOn.id}:${hashToken(statusUrl).slice(0, 16)}`,
    locale: signOn.locale,
    props: { campaignTitle: letter.title, name: greetingName(signOn), statusUrl },
  };
  return [linkResent(signOn, campaign, [email], { link: 'status' })];
}

// ---------------------------------------------------------------------------
// Verification
// ---------------------------------------------------------------------------

export type VerifyResult = { accessToken: string; status: SignOnStatus };

/** Spends a verification token with one conditional update: of two clicks exactly one gets the sign-on. */
async function spendVerifyToken(tx: Tx, token: string, now: Date) {
  const hash = hashToken(token);
  const [spent] = await tx
    .update(signOnTokens)
    .set({ usedAt: now })
    .where(and(eq(signOnTokens.tokenHash, hash), eq(signOnTokens.purpose, 'verify'), isNull(signOnTokens.usedAt), gt(signOnTokens.expiresAt, now)))
    .returning({ signOnId: signOnTokens.signOnId, tokenHash: signOnTokens.tokenHash });
  if (!spent || !sameHash(spent.tokenHash, hash)) throw await explainBadVerifyToken(tx, hash, now);
  const [row] = await tx
    .select({ signOn: signOns, campaign: campaigns })
    .from(signOns)
    .innerJoin(campaigns, eq(campaigns.id, signOns.campaignId))
    .where(eq(signOns.id, spent.signOnId))
    .for('update', { of: signOns });
  if (!row) throw new DomainError('not_found', 'This link is not valid.');
  if (isFrozen(row.campaign.status)) {
    throw new DomainError('invalid_transition', 'The list for this letter is final; sign-ons can no longer be confirmed.');
  }
  if (row.signOn.status === 'withdrawn') throw new DomainError('invalid_transition', 'This sign-on was withdrawn.');
  return row;
}

type SignOnRow = typeof signOns.$inferSelect;
type CampaignRow = typeof campaigns.$inferSelect;

/**
 * Writes a sign-on only if it still has the status this command read, so of two changes at
 * once (two clicks, a signer and a coordinator) one is made and the other told to reload.
 */
function updateSignOnAsRead(tx: Tx, signOn: Pick<SignOnRow, 'id' | 'status'>, values: PgUpdateSetSource<typeof signOns>) {
  return requireWritten(
    tx
      .update(signOns)
      .set(values)
      .where(and(eq(signOns.id, signOn.id), eq(signOns.status, signOn.status)))
      .returning({ status: signOns.status }),
    'This sign-on changed meanwhile. Please reload the page.',
  );
}

/** The signer's email after confirming: approved at once, or received and awaiting review. */
async function confirmationEmails(tx: Tx, signOn: SignOnRow, campaign: CampaignRow, approved: boolean): Promise<OutgoingEmail[]> {
  if (!signOn.email) return [];
  const [{ statusUrl }, letterFor] = await Promise.all([issueStatusUrl(tx, signOn.id), lettersForSigners(tx, campaign, [signOn.locale])]);
  const letter = letterFor(signOn.locale);
  const common = { to: signOn.email, campaignId: campaign.id, locale: signOn.locale };
  const name = greetingName(signOn);
  const email: OutgoingEmail = approved
    ? {
        ...common,
        template: 'sign-on-approved',
        idempotencyKey: `sign-on-approved:${signOn.id}:verify`,
        props: { campaignTitle: letter.title, name, letterUrl: letter.letterUrl, statusUrl },
      }
    : { ...common, template: 'sign-on-received', idempotencyKey: `sign-on-received:${signOn.id}`, props: { campaignTitle: letter.title, name, statusUrl } };
  return [email];
}

/** A pending sign-on becomes verified, or approved at once under the campaign's approval policy. */
async function confirmPending(tx: Tx, signOn: SignOnRow, campaign: CampaignRow, now: Date): Promise<Outcome<SignOnStatus>> {
  assertSignOnTransition(signOn.status, 'verify');
  const autoApprove =
    campaign.approvalPolicy === 'auto_all' || (campaign.approvalPolicy === 'auto_individuals' && signOn.kind === 'individual');
  const updated = await updateSignOnAsRead(tx, signOn, {
    status: autoApprove ? 'approved' : 'verified',
    verifiedAt: now,
    approvedAt: autoApprove ? now : null,
    updatedAt: now,
    ...(autoApprove ? { approvalNotified: approvalFingerprint } : {}),
  });
  const subject = { type: 'sign_on', id: signOn.id } as const;
  const events: DomainEvent[] = [
    event({
      type: 'sign-on.verified',
      campaignId: campaign.id,
      actor: { type: 'signer' },
      subject,
      data: { from: 'pending_verification', to: 'verified' },
      emails: await confirmationEmails(tx, signOn, campaign, autoApprove),
    }),
  ];
  if (autoApprove) {
    const data = { from: 'verified', to: 'approved', policy: campaign.approvalPolicy } as const;
    events.push(event({ type: 'sign-on.approved', campaignId: campaign.id, actor: { type: 'system' }, subject, data }));
  }
  return outcome(updated.status, events);
}

/**
 * The POST behind the confirmation button. The token is spent by a conditional update, so
 * of two clicks exactly one verifies; the other finds it used.
 */
export async function verifySignOn(token: string): Promise<VerifyResult> {
  return runCommand(async (tx) => {
    const now = new Date();
    const { signOn, campaign } = await spendVerifyToken(tx, token, now);
    const confirmed = signOn.status === 'pending_verification' ? await confirmPending(tx, signOn, campaign, now) : outcome(signOn.status);
    // Straight on to the status page: the browser that confirmed gets its own access link.
    const access = await issueSignOnToken(tx, signOn.id, 'access');
    return outcome({ accessToken: access.token, status: confirmed.value }, confirmed.events);
  });
}

/** Why a verification token did not work: used, expired, or unknown (404). */
async function explainBadVerifyToken(tx: DbOrTx, hash: string, now: Date): Promise<DomainError> {
  const [t] = await tx
    .select({ usedAt: signOnTokens.usedAt, expiresAt: signOnTokens.expiresAt, purpose: signOnTokens.purpose })
    .from(signOnTokens)
    .where(eq(signOnTokens.tokenHash, hash))
    .limit(1);
  if (!t || t.purpose !== 'verify') return new DomainError('not_found', 'This link is not valid.');
  if (t.usedAt) return new DomainError('conflict', 'This link has already been used.');
  if (t.expiresAt && t.expiresAt <= now) return new DomainError('conflict', 'This link has expired.');
  return new DomainError('not_found', 'This link is not valid.');
}

// ---------------------------------------------------------------------------
// Signer self-service (status page): edit and withdraw, until the lock
// ---------------------------------------------------------------------------

async function lockSignerRow(tx: Tx, token: string) {
  const hash = hashToken(token);
  const [row] = await tx
    .select({ signOn: signOns, campaign: campaigns, tokenHash: signOnTokens.tokenHash })
    .from(signOnTokens)
    .innerJoin(signOns, eq(signOns.id, signOnTokens.signOnId))
    .innerJoin(campaigns, eq(campaigns.id, signOns.campaignId))
    .where(and(eq(signOnTokens.tokenHash, hash), eq(signOnTokens.purpose, 'access')))
    .for('update', { of: signOns });
  if (!row || !sameHash(row.tokenHash, hash)) throw new DomainError('not_found', 'This link is not valid.');
  if (isFrozen(row.campaign.status)) {
    throw new DomainError('invalid_transition', 'The list for this letter is final; sign-ons can no longer change.');
  }
  return row;
}

const editableStatuses: readonly SignOnStatus[] = ['pending_verification', 'verified', 'approved'];

/** Public fields only; an approved entry goes back to review (SPEC §4). */
export async function editSignOn(token: string, form: Record<string, unknown>): Promise<{ status: SignOnStatus; changed: boolean }> {
  try {
    return await runCommand<{ status: SignOnStatus; changed: boolean }>(async (tx) => {
      const { signOn, campaign } = await lockSignerRow(tx, token);
      if (!editableStatuses.includes(signOn.status)) {
        throw new DomainError('invalid_transition', `A sign-on that is ${signOn.status} cannot be edited.`);
      }
      let after: { displayName: string; acronym: string | null; title: string | null; country: string | null; website: string | null };
      if (signOn.kind === 'organization') {
        const input = parseOrThrow(organizationEditSchema, form);
        after = { displayName: input.displayName, acronym: input.acronym, title: null, country: input.country, website: input.website };
      } else {
        const input = parseOrThrow(individualEditSchema, form);
        after = { displayName: input.displayName, acronym: null, title: input.title, country: input.country, website: null };
      }
      const before = {
        displayName: signOn.displayName,
        acronym: signOn.acronym,
        title: signOn.title,
        country: signOn.country,
        website: signOn.website,
      };
      if (JSON.stringify(before) === JSON.stringify(after)) return outcome({ status: signOn.status, changed: false });

      const now = new Date();
      const status = signOn.status === 'approved' ? assertSignOnTransition('approved', 'unreview') : signOn.status;
      await updateSignOnAsRead(tx, signOn, {
        ...after,
        normalizedName: normalizeName(after.displayName),
        status,
        approvedAt: status === 'approved' ? signOn.approvedAt : null,
        updatedAt: now,
      });
      const edited = event({
        type: 'sign-on.edited',
        campaignId: campaign.id,
        actor: { type: 'signer' },
        subject: { type: 'sign_on', id: signOn.id },
        data: { before, after, statusBefore: signOn.status, statusAfter: status },
        // An approved entry leaves the public list until it is reviewed again.
        visible: signOn.status === 'approved',
      });
      return outcome({ status, changed: true }, [edited]);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('invalid_input', 'Please correct the highlighted fields.', {
        displayName: ['This address has already signed for an organization with this name.'],
      });
    }
    throw error;
  }
}

export async function withdrawSignOn(token: string): Promise<void> {
  await runCommand(async (tx) => {
    const { signOn, campaign } = await lockSignerRow(tx, token);
    const to = assertSignOnTransition(signOn.status, 'withdraw');
    const now = new Date();
    await updateSignOnAsRead(tx, signOn, { status: to, withdrawnAt: now, updatedAt: now });
    // Outstanding confirmation links must not bring a withdrawn entry back.
    await tx
      .update(signOnTokens)
      .set({ usedAt: now })
      .where(and(eq(signOnTokens.signOnId, signOn.id), eq(signOnTokens.purpose, 'verify'), isNull(signOnTokens.usedAt)));
    await dropWaitingNotices(tx, signOn.id);
    const withdrawn = event({
      type: 'sign-on.withdrawn',
      campaignId: campaign.id,
      actor: { type: 'signer' },
      subject: { type: 'sign_on', id: signOn.id },
      data: { from: signOn.status, to },
    });
    return outcome(undefined, [withdrawn]);
  });
}
