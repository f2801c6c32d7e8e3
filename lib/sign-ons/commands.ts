import 'server-only';
import { bySlug } from '../campaigns/by-slug';
import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import { getDb, type DbOrTx, type Tx } from '@/db/client';
import { campaigns, outboxMessages, signOns, signOnTokens } from '@/db/schema';
import { parseOrThrow } from '../actions/validated-action';
import { recordEvent } from '../audit/record';
import { revalidateCampaign } from '../campaigns/cache';
import { acceptsSignOns, isFrozen, isPublic } from '../campaigns/lifecycle';
import { enqueueEmail } from '../email/outbox';
import { lettersForSigners } from '../letters/signer-letter';
import { dropWaitingNotices } from '../letters/change-notices';
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
 * signed: nobody learns from the form who has signed (SPEC §4).
 */
export type SubmitResult = { outcome: 'check_email'; slug: string };

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
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      title: campaigns.title,
      status: campaigns.status,
      deadline: campaigns.deadline,
      currentVersion: campaigns.currentVersion,
    })
    .from(campaigns)
    .where(bySlug(slug))
    .limit(1);
  if (!campaign || !isPublic(campaign.status)) throw new DomainError('not_found', 'This letter does not exist.');
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
  await db.transaction(async (tx) => {
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
      locale: input.locale ?? 'en',
      originalSubmission: { ...input, versionSeen: undefined, locale: undefined },
    };
    // The partial unique indexes (SPEC §4 duplicates) decide: a concurrent identical
    // submission waits for this one and then inserts nothing.
    const [inserted] = await tx.insert(signOns).values(values).onConflictDoNothing().returning({ id: signOns.id });
    if (inserted) {
      // Independent writes, sent together (postgres.js pipelines them on the transaction's connection).
      await Promise.all([
        recordEvent(tx, {
          campaignId: campaign.id,
          actorType: 'signer',
          action: 'sign-on.submitted',
          subjectType: 'sign_on',
          subjectId: inserted.id,
          data: { kind: input.kind, versionSigned: campaign.currentVersion },
        }),
        sendVerificationEmail(
          tx,
          { id: inserted.id, kind: input.kind, displayName: input.displayName, contactName: input.kind === 'organization' ? input.contactName : null, email: input.email, locale: input.locale ?? 'en' },
          campaign,
        ),
      ]);
      return;
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
    if (existing?.status === 'pending_verification') await resendVerification(tx, existing, campaign);
  });
  return { outcome: 'check_email', slug: campaign.slug };
}

type CampaignRef = { id: string; slug: string; title: string };
type SignerRef = Parameters<typeof greetingName>[0] & { id: string; email: string | null; locale: string };

async function sendVerificationEmail(
  tx: DbOrTx,
  signOn: SignerRef,
  campaign: CampaignRef,
): Promise<void> {
  if (!signOn.email) return;
  const links = await issueVerificationLinks(tx, signOn.id);
  const letter = (await lettersForSigners(tx, campaign, [signOn.locale]))(signOn.locale);
  await enqueueEmail(tx, {
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
  });
}

/** A fresh link for a pending sign-on, unless one went out moments ago (double submits). */
async function resendVerification(
  tx: Tx,
  signOn: SignerRef,
  campaign: CampaignRef,
): Promise<boolean> {
  const [recent] = await tx
    .select({ id: signOnTokens.id })
    .from(signOnTokens)
    .where(
      and(
        eq(signOnTokens.signOnId, signOn.id),
        eq(signOnTokens.purpose, 'verify'),
        gt(signOnTokens.createdAt, new Date(Date.now() - RESEND_COOLDOWN_MS)),
      ),
    )
    .limit(1);
  if (recent) return false;
  await sendVerificationEmail(tx, signOn, campaign);
  await recordEvent(tx, {
    campaignId: campaign.id,
    actorType: 'signer',
    action: 'sign-on.link-resent',
    subjectType: 'sign_on',
    subjectId: signOn.id,
  });
  return true;
}

/**
 * "Send me a new link" after an expired or used one: same answer whatever the address,
 * same rate limits as the form.
 */
export async function requestNewVerificationLink(form: Record<string, unknown>, slug: string, ctx: RequestContext): Promise<SubmitResult> {
  const { email } = parseOrThrow(newLinkSchema, form);
  const db = await getDb();
  const campaign = await requireOpenCampaign(db, slug);
  const address = canonicalEmail(email);
  await enforceRateLimits(db, rateLimitRules(campaign.id, ctx.ip, address));
  await db.transaction(async (tx) => {
    const pending = await tx
      .select(signerColumns)
      .from(signOns)
      .where(
        and(
          eq(signOns.campaignId, campaign.id),
          eq(signOns.canonicalEmail, address),
          eq(signOns.status, 'pending_verification'),
        ),
      )
      .for('update');
    for (const signOn of pending) await resendVerification(tx, signOn, campaign);
  });
  return { outcome: 'check_email', slug: campaign.slug };
}

/**
 * "Email me my link": a signer who lost their private link gets a fresh one, at most one per
 * sign-on every few minutes; an unconfirmed sign-on gets its confirmation link again. The same
 * answer whatever the address, under the form's rate limits.
 */
export async function requestStatusLink(form: Record<string, unknown>, slug: string, ctx: RequestContext): Promise<SubmitResult> {
  const { email } = parseOrThrow(newLinkSchema, form);
  const db = await getDb();
  const campaign = await requirePublishedCampaign(db, slug);
  const address = canonicalEmail(email);
  await enforceRateLimits(db, rateLimitRules(campaign.id, ctx.ip, address));
  await db.transaction(async (tx) => {
    const signed = await tx
      .select({ ...signerColumns, status: signOns.status })
      .from(signOns)
      .where(and(eq(signOns.campaignId, campaign.id), eq(signOns.canonicalEmail, address), ne(signOns.status, 'withdrawn')))
      .for('update');
    for (const signOn of signed) {
      if (signOn.status === 'pending_verification') await resendVerification(tx, signOn, campaign);
      else await sendStatusLink(tx, signOn, campaign);
    }
  });
  return { outcome: 'check_email', slug: campaign.slug };
}

async function requirePublishedCampaign(db: DbOrTx, slug: string) {
  const [campaign] = await db
    .select({ id: campaigns.id, slug: campaigns.slug, title: campaigns.title, status: campaigns.status })
    .from(campaigns)
    .where(bySlug(slug));
  if (!campaign || !isPublic(campaign.status)) throw new DomainError('not_found', 'This letter does not exist or is not public.');
  return campaign;
}

async function sendStatusLink(tx: Tx, signOn: SignerRef & { id: string }, campaign: CampaignRef): Promise<void> {
  if (!signOn.email) return;
  // One such email every few minutes, however often someone asks.
  const [recent] = await tx
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.campaignId, campaign.id),
        eq(outboxMessages.template, 'sign-on-status-link'),
        eq(outboxMessages.to, signOn.email),
        gt(outboxMessages.createdAt, new Date(Date.now() - RESEND_COOLDOWN_MS)),
      ),
    )
    .limit(1);
  if (recent) return;
  const { statusUrl } = await issueStatusUrl(tx, signOn.id);
  const letter = (await lettersForSigners(tx, campaign, [signOn.locale]))(signOn.locale);
  await enqueueEmail(tx, {
    template: 'sign-on-status-link',
    to: signOn.email,
    campaignId: campaign.id,
    idempotencyKey: `sign-on-status-link:${signOn.id}:${hashToken(statusUrl).slice(0, 16)}`,
    locale: signOn.locale,
    props: { campaignTitle: letter.title, name: greetingName(signOn), statusUrl },
  });
  await recordEvent(tx, { campaignId: campaign.id, actorType: 'signer', action: 'sign-on.link-resent', subjectType: 'sign_on', subjectId: signOn.id, data: { link: 'status' } });
}

// ---------------------------------------------------------------------------
// Verification
// ---------------------------------------------------------------------------

export type VerifyResult = { accessToken: string; status: SignOnStatus };

/**
 * The POST behind the confirmation button. The token is spent by a conditional update, so
 * of two clicks exactly one verifies; the other finds it used.
 */
export async function verifySignOn(token: string): Promise<VerifyResult> {
  const hash = hashToken(token);
  const db = await getDb();
  let campaignId: string | undefined;
  let changedPublicly = false;
  const result = await db.transaction(async (tx) => {
    const now = new Date();
    const [spent] = await tx
      .update(signOnTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(signOnTokens.tokenHash, hash),
          eq(signOnTokens.purpose, 'verify'),
          isNull(signOnTokens.usedAt),
          gt(signOnTokens.expiresAt, now),
        ),
      )
      .returning({ signOnId: signOnTokens.signOnId, tokenHash: signOnTokens.tokenHash });
    if (!spent || !sameHash(spent.tokenHash, hash)) throw await explainBadVerifyToken(tx, hash, now);

    const [row] = await tx
      .select({ signOn: signOns, campaign: campaigns })
      .from(signOns)
      .innerJoin(campaigns, eq(campaigns.id, signOns.campaignId))
      .where(eq(signOns.id, spent.signOnId))
      .for('update', { of: signOns });
    if (!row) throw new DomainError('not_found', 'This link is not valid.');
    const { signOn, campaign } = row;
    campaignId = campaign.id;
    if (isFrozen(campaign.status)) {
      throw new DomainError('invalid_transition', 'The list for this letter is final; sign-ons can no longer be confirmed.');
    }
    if (signOn.status === 'withdrawn') throw new DomainError('invalid_transition', 'This sign-on was withdrawn.');

    let status: SignOnStatus = signOn.status;
    if (status === 'pending_verification') {
      assertSignOnTransition(status, 'verify');
      const autoApprove =
        campaign.approvalPolicy === 'auto_all' ||
        (campaign.approvalPolicy === 'auto_individuals' && signOn.kind === 'individual');
      const next: SignOnStatus = autoApprove ? 'approved' : 'verified';
      const [updated] = await tx
        .update(signOns)
        .set({
          status: next,
          verifiedAt: now,
          approvedAt: autoApprove ? now : null,
          updatedAt: now,
          ...(autoApprove ? { approvalNotified: approvalFingerprint } : {}),
        })
        .where(and(eq(signOns.id, signOn.id), eq(signOns.status, 'pending_verification')))
        .returning({ status: signOns.status });
      if (!updated) throw new DomainError('conflict', 'This sign-on changed meanwhile. Please reload the page.');
      status = updated.status;
      // The writes below are independent: they are sent together and postgres.js pipelines
      // them, in this order, on the transaction's connection.
      const writes: Promise<unknown>[] = [
        recordEvent(tx, {
          campaignId: campaign.id,
          actorType: 'signer',
          action: 'sign-on.verified',
          subjectType: 'sign_on',
          subjectId: signOn.id,
          data: { from: 'pending_verification', to: 'verified' },
        }),
      ];
      if (autoApprove) {
        writes.push(
          recordEvent(tx, {
            campaignId: campaign.id,
            actorType: 'system',
            action: 'sign-on.approved',
            subjectType: 'sign_on',
            subjectId: signOn.id,
            data: { from: 'verified', to: 'approved', policy: campaign.approvalPolicy },
          }),
        );
      }
      if (signOn.email) {
        const email = signOn.email;
        writes.push(
          Promise.all([issueStatusUrl(tx, signOn.id), lettersForSigners(tx, campaign, [signOn.locale])]).then(([{ statusUrl }, letterFor]) =>
            enqueueEmail(
              tx,
              autoApprove
                ? {
                    template: 'sign-on-approved',
                    to: email,
                    campaignId: campaign.id,
                    idempotencyKey: `sign-on-approved:${signOn.id}:verify`,
                    locale: signOn.locale,
                    props: { campaignTitle: letterFor(signOn.locale).title, name: greetingName(signOn), letterUrl: letterFor(signOn.locale).letterUrl, statusUrl },
                  }
                : {
                    template: 'sign-on-received',
                    to: email,
                    campaignId: campaign.id,
                    idempotencyKey: `sign-on-received:${signOn.id}`,
                    locale: signOn.locale,
                    props: { campaignTitle: letterFor(signOn.locale).title, name: greetingName(signOn), statusUrl },
                  },
            ),
          ),
        );
      }
      // Only an approval changes what the public sees.
      if (autoApprove) changedPublicly = true;
      await Promise.all(writes);
    }
    // Straight on to the status page: the browser that confirmed gets its own access link.
    const access = await issueSignOnToken(tx, signOn.id, 'access');
    return { accessToken: access.token, status };
  });
  if (campaignId && changedPublicly) revalidateCampaign(campaignId);
  return result;
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
  const db = await getDb();
  let revalidate: string | null = null;
  try {
    const result = await db.transaction(async (tx) => {
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
      if (JSON.stringify(before) === JSON.stringify(after)) return { status: signOn.status, changed: false };

      const now = new Date();
      const status = signOn.status === 'approved' ? assertSignOnTransition('approved', 'unreview') : signOn.status;
      const [updated] = await tx
        .update(signOns)
        .set({
          ...after,
          normalizedName: normalizeName(after.displayName),
          status,
          approvedAt: status === 'approved' ? signOn.approvedAt : null,
          updatedAt: now,
        })
        .where(and(eq(signOns.id, signOn.id), eq(signOns.status, signOn.status)))
        .returning({ status: signOns.status });
      if (!updated) throw new DomainError('conflict', 'This sign-on changed meanwhile. Please reload the page.');
      await recordEvent(tx, {
        campaignId: campaign.id,
        actorType: 'signer',
        action: 'sign-on.edited',
        subjectType: 'sign_on',
        subjectId: signOn.id,
        data: { before, after, statusBefore: signOn.status, statusAfter: status },
      });
      if (signOn.status !== status || signOn.status === 'approved') revalidate = campaign.id;
      return { status, changed: true };
    });
    if (revalidate) revalidateCampaign(revalidate);
    return result;
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
  const db = await getDb();
  const campaignId = await db.transaction(async (tx) => {
    const { signOn, campaign } = await lockSignerRow(tx, token);
    const to = assertSignOnTransition(signOn.status, 'withdraw');
    const now = new Date();
    const [updated] = await tx
      .update(signOns)
      .set({ status: to, withdrawnAt: now, updatedAt: now })
      .where(and(eq(signOns.id, signOn.id), eq(signOns.status, signOn.status)))
      .returning({ id: signOns.id });
    if (!updated) throw new DomainError('conflict', 'This sign-on changed meanwhile. Please reload the page.');
    // Outstanding confirmation links must not bring a withdrawn entry back.
    await tx
      .update(signOnTokens)
      .set({ usedAt: now })
      .where(and(eq(signOnTokens.signOnId, signOn.id), eq(signOnTokens.purpose, 'verify'), isNull(signOnTokens.usedAt)));
    await dropWaitingNotices(tx, signOn.id);
    await recordEvent(tx, {
      campaignId: campaign.id,
      actorType: 'signer',
      action: 'sign-on.withdrawn',
      subjectType: 'sign_on',
      subjectId: signOn.id,
      data: { from: signOn.status, to },
    });
    return campaign.id;
  });
  revalidateCampaign(campaignId);
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
