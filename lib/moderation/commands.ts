import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { campaigns, signOns } from '@/db/schema';
import { requireRole } from '../auth/roles';
import { event, outcome, runCommand } from '../events';
import { refusingFrozen } from '../lists/frozen';
import { moderationAllowed } from '../campaigns/lifecycle';
import { requireWritten } from '../conditional-write';
import { DomainError } from '../errors';
import type { OutgoingEmail } from '../email/outbox';
import { lettersForSigners, type SignerLetter } from '../letters/signer-letter';
import { assertSignOnTransition, type SignOnStatus } from '../sign-ons/lifecycle';
import { approvalFingerprint } from '../sign-ons/approval-fingerprint';
import { signerColumns } from '../sign-ons/signer-columns';
import { normalizeName } from '../sign-ons/normalize';
import { issueStatusUrls } from '../sign-ons/bulk-tokens';
import { greetingName } from '../sign-ons/greeting';
import { publicEntryName, type MergedInto } from '../sign-ons/labels';
import { bulkFrom, queueConditions } from './queries';
import type { Decision, QueueFilter } from './schemas';

type CampaignRow = typeof campaigns.$inferSelect;
type SignOnRow = typeof signOns.$inferSelect;

/**
 * Locks the campaign row for share and checks the list may still change. A lock takes the
 * row for update, so no decision can commit between the lock's read and its commit.
 */
async function requireModeratableCampaign(tx: Tx, campaignId: string, actorId: string): Promise<CampaignRow> {
  await requireRole(tx, campaignId, actorId, 'editor');
  const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).for('share');
  if (!campaign) throw new DomainError('not_found', 'Campaign not found.');
  if (!moderationAllowed(campaign.status)) {
    throw new DomainError(
      'invalid_transition',
      campaign.status === 'draft' ? 'This campaign is not open yet.' : 'The list is locked: decisions can no longer change.',
    );
  }
  return campaign;
}

async function requireSignOn(tx: Tx, signOnId: string): Promise<SignOnRow> {
  const [row] = await tx.select().from(signOns).where(eq(signOns.id, signOnId));
  if (!row) throw new DomainError('not_found', 'Sign-on not found.');
  return row;
}

const eventOf: Record<Decision, 'approve' | 'reject' | 'unreview'> = { approve: 'approve', reject: 'reject', unreview: 'unreview' };

function decisionColumns(target: SignOnStatus, actorId: string, reason: string | null) {
  const now = new Date();
  return {
    status: target,
    decidedBy: target === 'verified' ? null : actorId,
    decisionReason: target === 'verified' ? null : reason,
    approvedAt: target === 'approved' ? now : null,
    rejectedAt: target === 'rejected' ? now : null,
    updatedAt: now,
    // What an approval email announces, recorded by the statement that approves.
    ...(target === 'approved' ? { approvalNotified: approvalFingerprint } : {}),
  };
}

const notifies = (campaign: CampaignRow, target: SignOnStatus) =>
  target === 'approved' || (target === 'rejected' && campaign.notifyRejected);

type DecidedRow = Pick<SignOnRow, 'id' | 'email' | 'kind' | 'displayName' | 'contactName' | 'approvalNotified' | 'locale'> & {
  /** What the last approval email announced, before this decision (only approvals read it). */
  announcedBefore?: string | null;
};

/**
 * The columns a decision returns. `announcedBefore` reads the row as it was when the statement
 * began (a subquery sees the statement's snapshot), so one UPDATE both approves and says
 * whose approval is news: a signer is told once, and again only if the published entry changed.
 */
const decidedColumns = {
  ...signerColumns,
  approvalNotified: signOns.approvalNotified,
  announcedBefore: sql<string | null>`(select o.approval_notified from sign_ons o where o.id = sign_ons.id)`,
};

/** The emails signers get for a decision, each with a fresh private status link. */
async function decisionEmails(
  tx: Tx,
  campaign: CampaignRow,
  rows: DecidedRow[],
  target: SignOnStatus,
  reason: string | null,
  mergedInto: MergedInto | null = null,
): Promise<OutgoingEmail[]> {
  if (!notifies(campaign, target)) return [];
  const told = target === 'approved' ? rows.filter((r) => r.announcedBefore !== r.approvalNotified) : rows;
  const recipients = told.filter((r): r is typeof r & { email: string } => r.email !== null);
  const links = await issueStatusUrls(tx, recipients.map((r) => r.id));
  const letterFor = await lettersForSigners(tx, campaign, recipients.map((r) => r.locale));
  return recipients.map((row, i) => decisionEmail(campaign, row, target, reason, links[i]!, mergedInto, letterFor(row.locale)));
}

function decisionEmail(
  campaign: CampaignRow,
  row: Pick<SignOnRow, 'id' | 'kind' | 'displayName' | 'contactName' | 'locale'> & { email: string },
  target: SignOnStatus,
  reason: string | null,
  statusUrl: string,
  mergedInto: MergedInto | null,
  letter: SignerLetter,
): OutgoingEmail {
  const common = { to: row.email, campaignId: campaign.id, idempotencyKey: `sign-on-${target}:${row.id}:${randomUUID()}`, locale: row.locale };
  const props = { campaignTitle: letter.title, name: greetingName(row), statusUrl };
  return target === 'approved'
    ? { ...common, template: 'sign-on-approved', props: { ...props, letterUrl: letter.letterUrl } }
    : { ...common, template: 'sign-on-rejected', props: { ...props, reason, mergedInto } };
}

/**
 * Approve, reject, or send back to review one entry. The update is conditional on the
 * status the coordinator saw, so of two coordinators deciding at once one wins and the
 * other gets a conflict instead of silently overriding.
 */
export async function decideSignOn(
  input: { signOnId: string; decision: Decision; expectedStatus?: SignOnStatus; reason?: string },
  actorId: string,
): Promise<{ status: SignOnStatus }> {
  return runCommand(async (tx) => {
    const current = await requireSignOn(tx, input.signOnId);
    const campaign = await requireModeratableCampaign(tx, current.campaignId, actorId);
    const from = input.expectedStatus ?? current.status;
    const target = assertSignOnTransition(from, eventOf[input.decision]);
    const reason = input.reason?.trim() || null;
    const updated = await requireWritten(
      tx
        .update(signOns)
        .set(decisionColumns(target, actorId, reason))
        .where(and(eq(signOns.id, current.id), eq(signOns.status, from)))
        .returning(decidedColumns),
      'Someone else decided on this entry a moment ago. The queue now shows its current state.',
    );
    const decided = event({
      type: input.decision === 'unreview' ? 'sign-on.returned-to-review' : target === 'approved' ? 'sign-on.approved' : 'sign-on.rejected',
      campaignId: campaign.id,
      actor: { type: 'coordinator', id: actorId },
      subject: { type: 'sign_on', id: current.id },
      data: { name: current.displayName, from, to: target, ...(reason ? { reason } : {}) },
      emails: await decisionEmails(tx, campaign, [updated], target, reason),
    });
    return outcome({ status: target }, [decided]);
  });
}

const EMAIL_BATCH = 500;

/**
 * Approve or reject every awaiting entry that matches the queue filter (or the selected
 * ids) in one statement; one audit event records the whole batch.
 */
export async function bulkDecide(
  input: { campaignId: string; decision: 'approve' | 'reject'; ids?: string[]; filter?: Omit<QueueFilter, 'page'>; reason?: string },
  actorId: string,
): Promise<{ count: number }> {
  const count = await runCommand(async (tx) => {
    const campaign = await requireModeratableCampaign(tx, input.campaignId, actorId);
    const target = input.decision === 'approve' ? 'approved' : 'rejected';
    const reason = input.reason?.trim() || null;
    const scope = input.ids
      ? and(eq(signOns.campaignId, campaign.id), inArray(signOns.id, input.ids))
      : queueConditions(campaign.id, input.filter ?? { status: 'awaiting' });
    if (input.ids && input.ids.length === 0) return outcome(0);
    const updated = await tx
      .update(signOns)
      .set(decisionColumns(target, actorId, reason))
      .where(and(scope, inArray(signOns.status, bulkFrom[input.decision])))
      .returning(decidedColumns);
    if (updated.length === 0) return outcome(0);
    const emails: OutgoingEmail[] = [];
    for (let i = 0; i < updated.length; i += EMAIL_BATCH) {
      emails.push(...(await decisionEmails(tx, campaign, updated.slice(i, i + EMAIL_BATCH), target, reason)));
    }
    const decided = event({
      type: target === 'approved' ? 'sign-ons.bulk-approved' : 'sign-ons.bulk-rejected',
      campaignId: campaign.id,
      actor: { type: 'coordinator', id: actorId },
      subject: { type: 'sign_on' },
      data: { count: updated.length, to: target, ids: updated.map((u) => u.id), ...(reason ? { reason } : {}) },
      emails,
    });
    return outcome(updated.length, [decided]);
  });
  return { count };
}

/**
 * A coordinator's correction of public fields (e.g. "Human Rights Watch (HRW)" typed into the
 * name). The signer's original submission is kept, and the audit trail shows before/after.
 */
export async function editSignOn(
  input: { signOnId: string; displayName: string; acronym: string | null; title: string | null; country: string | null },
  actorId: string,
): Promise<void> {
  await runCommand(async (tx) => {
    const current = await requireSignOn(tx, input.signOnId);
    await requireModeratableCampaign(tx, current.campaignId, actorId);
    const before = { displayName: current.displayName, acronym: current.acronym, title: current.title, country: current.country };
    const after = {
      displayName: input.displayName,
      acronym: current.kind === 'organization' ? input.acronym : null,
      title: current.kind === 'individual' ? input.title : null,
      country: input.country,
    };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
    if (changed.length === 0) return outcome(undefined);
    await requireWritten(
      tx
        .update(signOns)
        .set({
          ...after,
          normalizedName: normalizeName(after.displayName),
          originalSubmission: current.originalSubmission ?? { ...before, website: current.website },
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(signOns.id, current.id),
            // The database keeps microseconds, a JavaScript date milliseconds.
            sql`date_trunc('milliseconds', ${signOns.updatedAt}) = ${current.updatedAt.toISOString()}::timestamptz`,
          ),
        )
        .returning({ id: signOns.id }),
      'This entry changed while you were editing it. Reload to see the latest version.',
    );
    const edited = event({
      type: 'sign-on.edited',
      campaignId: current.campaignId,
      actor: { type: 'coordinator', id: actorId },
      subject: { type: 'sign_on', id: current.id },
      data: {
        name: after.displayName,
        changes: Object.fromEntries(changed.map((k) => [k, { before: before[k], after: after[k] }])),
      },
      visible: current.status === 'approved',
    });
    return outcome(undefined, [edited]);
  });
}

/**
 * Merge two sign-ons of the same signatory: one is kept, the other becomes a rejected
 * duplicate pointing at it (so nothing is deleted and the trail stays readable).
 */
export async function mergeSignOns(input: { keepId: string; duplicateId: string }, actorId: string): Promise<void> {
  if (input.keepId === input.duplicateId) throw new DomainError('invalid_input', 'Choose two different entries to merge.');
  await runCommand(async (tx) => {
    const keep = await requireSignOn(tx, input.keepId);
    const duplicate = await requireSignOn(tx, input.duplicateId);
    if (keep.campaignId !== duplicate.campaignId) throw new DomainError('not_found', 'Sign-on not found.');
    const campaign = await requireModeratableCampaign(tx, keep.campaignId, actorId);
    if (keep.status === 'withdrawn' || keep.status === 'rejected') {
      throw new DomainError('invalid_transition', 'The entry to keep must not be withdrawn or rejected.');
    }
    if (duplicate.status === 'withdrawn' || duplicate.duplicateOfId) {
      throw new DomainError('invalid_transition', 'That entry is already withdrawn or merged.');
    }
    const reason = `Duplicate of “${keep.displayName}”`;
    await requireWritten(
      tx
        .update(signOns)
        .set({ ...decisionColumns('rejected', actorId, reason), duplicateOfId: keep.id })
        .where(and(eq(signOns.id, duplicate.id), eq(signOns.status, duplicate.status)))
        .returning({ id: signOns.id }),
      'One of these entries changed a moment ago. Reload and try again.',
    );
    const into = { name: publicEntryName(keep), onLetter: keep.status === 'approved' };
    const merged = event({
      type: 'sign-on.merged',
      campaignId: keep.campaignId,
      actor: { type: 'coordinator', id: actorId },
      subject: { type: 'sign_on', id: duplicate.id },
      data: { kept: { id: keep.id, name: keep.displayName }, duplicate: { id: duplicate.id, name: duplicate.displayName }, from: duplicate.status, to: 'rejected' },
      emails: await decisionEmails(tx, campaign, [duplicate], 'rejected', reason, into),
    });
    return outcome(undefined, [merged]);
  });
}


/**
 * Marks an entry as one of the conveners (or steering group) or not, editors and owners, while
 * the list can change: the "conveners first" list order puts them at the top of their kind.
 */
export async function setConvener(input: { signOnId: string; convener: boolean }, actorId: string, db?: DbOrTx): Promise<void> {
  await refusingFrozen(() =>
    runCommand(async (tx) => {
      const [entry] = await tx
        .select({ campaignId: signOns.campaignId, name: signOns.displayName, convener: signOns.convener })
        .from(signOns)
        .where(eq(signOns.id, input.signOnId));
      if (!entry) throw new DomainError('not_found', 'Sign-on not found.');
      await requireRole(tx, entry.campaignId, actorId, 'editor');
      const [campaign] = await tx.select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, entry.campaignId));
      if (!campaign || !moderationAllowed(campaign.status)) {
        throw new DomainError('invalid_transition', 'The list can only change while the campaign is open or closed.');
      }
      if (entry.convener === input.convener) return outcome(undefined);
      await tx.update(signOns).set({ convener: input.convener }).where(eq(signOns.id, input.signOnId));
      const marked = event({
        type: input.convener ? 'sign-on.convener-set' : 'sign-on.convener-unset',
        campaignId: entry.campaignId,
        actor: { type: 'coordinator', id: actorId },
        subject: { type: 'sign_on', id: input.signOnId },
        data: { name: entry.name },
      });
      return outcome(undefined, [marked]);
    }, db),
  );
}
