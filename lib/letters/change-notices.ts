import 'server-only';
import { signerColumns } from '../sign-ons/signer-columns';
import { and, asc, eq, gte, inArray, isNotNull, isNull, like, lt, ne, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { letterVersions, outboxMessages, signOns } from '@/db/schema';
import type { OutgoingEmail } from '../email/outbox';
import type { EmailTemplates } from '../email/templates';
import { greetingName } from '../sign-ons/greeting';
import { issueStatusUrl } from '../sign-ons/tokens';
import { absoluteUrl, letterPath, versionsPath } from '../urls';
import { changedPassages } from './passages';
import { letterFieldNames, type LetterText } from './schemas';

/** A signer hears of changes to a letter at most once in this long. */
export const NOTICE_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Statuses of sign-ons whose signers still stand behind the letter and should hear of a change. */
const activeStatuses = ['pending_verification', 'verified', 'approved'] as const;

export type LetterChange = { campaignId: string; slug: string; number: number; title: string; substantive: boolean };

type Signer = { id: string; email: string | null; kind: 'organization' | 'individual'; displayName: string; contactName: string | null; locale: string; versionSigned: number };

/** A signer's latest letter-changed email that was not given up on. */
type Notice = {
  id: string;
  signOnId: string;
  /** Still only in the outbox, never handed to the provider: it can simply be rewritten. */
  rewritable: boolean;
  fromVersion: number;
  toVersion: number;
  /** When it went out (or goes out now, if a worker is sending it). */
  sentAt: Date;
};

const signOnIdOfKey = sql<string>`split_part(${outboxMessages.idempotencyKey}, ':', 2)`;
const propVersion = (name: 'fromVersion' | 'toVersion') => sql<number>`(${outboxMessages.props} ->> ${name})::int`;

async function latestNotices(tx: Tx, campaignId: string, now: Date): Promise<Map<string, Notice>> {
  const rows = await tx
    .selectDistinctOn([signOnIdOfKey], {
      id: outboxMessages.id,
      signOnId: signOnIdOfKey,
      status: outboxMessages.status,
      attempts: outboxMessages.attempts,
      lockedUntil: outboxMessages.lockedUntil,
      sentAt: outboxMessages.sentAt,
      fromVersion: propVersion('fromVersion'),
      toVersion: propVersion('toVersion'),
    })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.campaignId, campaignId), eq(outboxMessages.template, 'letter-changed'), ne(outboxMessages.status, 'failed')))
    .orderBy(signOnIdOfKey, sql`${propVersion('toVersion')} desc`);
  return new Map(
    rows.map((r) => [
      r.signOnId,
      {
        id: r.id,
        signOnId: r.signOnId,
        // A claimed message may be on its way to the provider under its key: never rewrite it.
        rewritable: r.status === 'pending' && r.attempts === 0 && r.lockedUntil === null,
        fromVersion: Number(r.fromVersion),
        toVersion: Number(r.toVersion),
        sentAt: r.sentAt ?? now,
      },
    ]),
  );
}

type Letters = { text: (n: number) => LetterText; notes: (from: number, to: number) => EmailTemplates['letter-changed']['changes'] };

async function loadVersions(tx: Tx, campaignId: string, from: number): Promise<Letters> {
  const rows = await tx
    .select()
    .from(letterVersions)
    .where(and(eq(letterVersions.campaignId, campaignId), gte(letterVersions.number, from)))
    .orderBy(asc(letterVersions.number));
  const empty = Object.fromEntries(letterFieldNames.map((f) => [f, ''])) as LetterText;
  return {
    text: (n) => {
      const row = rows.find((r) => r.number === n);
      return row ? (Object.fromEntries(letterFieldNames.map((f) => [f, row[f]])) as LetterText) : empty;
    },
    notes: (a, b) => rows.filter((r) => r.number > a && r.number <= b).map((r) => ({ version: r.number, note: r.changeNote })),
  };
}

/** What a letter-changed email says about versions `from` → `to`; the links to the signer's page are added apart. */
type ChangeProps = Omit<EmailTemplates['letter-changed'], 'name' | 'statusUrl' | 'withdrawUrl'>;

function changeProps(change: LetterChange, letters: Letters, from: number): ChangeProps {
  const { passages, omitted } = changedPassages(letters.text(from), letters.text(change.number));
  return {
    campaignTitle: change.title,
    fromVersion: from,
    toVersion: change.number,
    changes: letters.notes(from, change.number),
    passages,
    omittedPassages: omitted,
    letterUrl: absoluteUrl(letterPath(change.slug)),
    compareUrl: absoluteUrl(versionsPath(change.slug, { from, to: change.number })),
  };
}

/**
 * Rewrites a letter-changed email still waiting in the outbox to cover the new version too.
 * Its links stay: they carry a token whose hash alone is stored, so the email keeps the only
 * copy. False when a worker claimed the message meanwhile.
 */
async function extendNotice(tx: Tx, notice: Notice, props: ChangeProps): Promise<boolean> {
  const updated = await tx
    .update(outboxMessages)
    .set({ props: sql`${outboxMessages.props} || ${JSON.stringify(props)}::jsonb` })
    .where(
      and(eq(outboxMessages.id, notice.id), eq(outboxMessages.status, 'pending'), eq(outboxMessages.attempts, 0), isNull(outboxMessages.lockedUntil)),
    )
    .returning({ id: outboxMessages.id });
  return updated.length > 0;
}

async function newNotice(tx: Tx, change: LetterChange, signer: Signer & { email: string }, props: ChangeProps, notBefore: Date): Promise<OutgoingEmail> {
  const { statusUrl, withdrawUrl } = await issueStatusUrl(tx, signer.id);
  return {
    template: 'letter-changed',
    to: signer.email,
    campaignId: change.campaignId,
    idempotencyKey: `letter-changed:${signer.id}:${change.number}`,
    locale: signer.locale,
    notBefore,
    props: { ...props, name: greetingName(signer), statusUrl, withdrawUrl },
  };
}

/**
 * Tells everyone who signed an earlier text that the letter changed, at most once a day each:
 * an email still waiting in the outbox is rewritten to cover the new version, and after one
 * that went out, the next waits until a day after it. Each email shows the changes from the
 * version the signer signed or last heard of to the current one. A minor change only updates
 * waiting emails. Returns how many signers' emails now cover this version, and the new emails to queue.
 */
export async function noticeLetterChange(tx: Tx, change: LetterChange, now = new Date()): Promise<{ notified: number; emails: OutgoingEmail[] }> {
  const signers = (await tx
    .select({ ...signerColumns, versionSigned: signOns.versionSigned })
    .from(signOns)
    .where(
      and(
        eq(signOns.campaignId, change.campaignId),
        lt(signOns.versionSigned, change.number),
        inArray(signOns.status, [...activeStatuses]),
        isNotNull(signOns.email),
      ),
    )) as (Signer & { email: string })[];
  if (signers.length === 0) return { notified: 0, emails: [] };
  const notices = await latestNotices(tx, change.campaignId, now);
  const fromOf = (s: Signer) => {
    const n = notices.get(s.id);
    return Math.max(s.versionSigned, n ? (n.rewritable ? n.fromVersion : n.toVersion) : 0);
  };
  const letters = await loadVersions(tx, change.campaignId, signers.reduce((min, s) => Math.min(min, fromOf(s)), change.number));
  const props = new Map<number, ChangeProps>();
  const propsFrom = (from: number) => props.get(from) ?? props.set(from, changeProps(change, letters, from)).get(from)!;

  let notified = 0;
  const fresh: OutgoingEmail[] = [];
  for (const signer of signers) {
    const notice = notices.get(signer.id);
    if (notice?.rewritable && (await extendNotice(tx, notice, propsFrom(fromOf(signer))))) {
      notified++;
      continue;
    }
    if (!change.substantive) continue;
    // The last email went out (or is going out right now): this one waits for its day.
    const from = notice ? Math.max(signer.versionSigned, notice.toVersion) : signer.versionSigned;
    const notBefore = notice ? new Date(Math.max(now.getTime(), (notice.rewritable ? now : notice.sentAt).getTime() + NOTICE_INTERVAL_MS)) : now;
    fresh.push(await newNotice(tx, change, signer, propsFrom(from), notBefore));
    notified++;
  }
  return { notified, emails: fresh };
}

/**
 * Drops a signer's letter-changed email still waiting in the outbox (it may wait a day): once
 * they withdrew, "the letter changed, withdraw here" is no news to them.
 */
export async function dropWaitingNotices(tx: Tx, signOnId: string): Promise<void> {
  await tx
    .delete(outboxMessages)
    .where(
      and(
        eq(outboxMessages.template, 'letter-changed'),
        like(outboxMessages.idempotencyKey, `letter-changed:${signOnId}:%`),
        eq(outboxMessages.status, 'pending'),
        eq(outboxMessages.attempts, 0),
        isNull(outboxMessages.lockedUntil),
      ),
    );
}
