import 'server-only';
import { and, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { campaigns, letterVersions, signOns } from '@/db/schema';
import { recordEvent } from '../audit/record';
import { requireRole } from '../auth/roles';
import { revalidateCampaign } from '../campaigns/cache';
import { requireActor, type Actor } from '../campaigns/commands';
import { letterEditable } from '../campaigns/lifecycle';
import { isUniqueViolation } from '../db-errors';
import { enqueueEmails, type OutgoingEmail } from '../email/outbox';
import { DomainError } from '../errors';
import { issueStatusUrl } from '../sign-ons/tokens';
import { absoluteUrl, letterPath } from '../urls';
import { letterAsText, sameLetter, wordDiff } from './diff';
import { letterFieldNames, type LetterText, type SaveLetterInput } from './schemas';

export type SaveLetterResult =
  | { outcome: 'draft_saved'; version: 1 }
  | { outcome: 'unchanged'; version: number }
  | { outcome: 'version_created'; version: number; notified: number };

const pickText = (v: LetterText): LetterText =>
  Object.fromEntries(letterFieldNames.map((f) => [f, v[f]])) as LetterText;

const invalid = (field: string, message: string) =>
  new DomainError('invalid_input', 'Please correct the highlighted fields.', { [field]: [message] });

/**
 * Saves the letter. While the campaign is a draft the text is simply replaced; once it has
 * opened, every save is a new numbered version, and a substantive one tells everyone who
 * signed an earlier text what changed, with a way to withdraw (SPEC §3).
 */
export async function saveLetter(input: SaveLetterInput, actor: Actor): Promise<SaveLetterResult> {
  const actorId = requireActor(actor);
  const db = await getDb();
  let result: SaveLetterResult;
  try {
    result = await db.transaction(async (tx) => {
      await requireRole(tx, input.campaignId, actorId, 'editor');
      // Row lock: saves of one letter happen one after another.
      const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, input.campaignId)).for('update');
      if (!campaign) throw new DomainError('not_found', 'Campaign not found.');
      if (!letterEditable(campaign.status)) {
        throw new DomainError('invalid_transition', 'The list is final, so the letter can no longer change.');
      }
      if (input.baseVersion !== campaign.currentVersion) {
        throw new DomainError(
          'conflict',
          `Someone saved version ${campaign.currentVersion} while you were editing. Copy your changes, reload, and apply them again.`,
        );
      }
      const [current] = await tx
        .select()
        .from(letterVersions)
        .where(and(eq(letterVersions.campaignId, campaign.id), eq(letterVersions.number, campaign.currentVersion)));
      if (!current) throw new Error(`campaign ${campaign.id} has no version ${campaign.currentVersion}`);
      const text = pickText(input);

      if (campaign.status === 'draft') {
        const slug = input.slug ?? campaign.slug;
        if (slug !== campaign.slug) {
          const [taken] = await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, slug)).limit(1);
          if (taken) throw invalid('slug', 'This address is already used by another letter. Choose another.');
        }
        await tx.update(letterVersions).set({ ...text, editorId: actorId }).where(eq(letterVersions.id, current.id));
        const [updated] = await tx
          .update(campaigns)
          .set({ title: text.title, slug, updatedAt: new Date() })
          .where(and(eq(campaigns.id, campaign.id), eq(campaigns.status, 'draft')))
          .returning({ id: campaigns.id });
        if (!updated) throw new DomainError('conflict', 'The campaign changed meanwhile. Reload and try again.');
        await recordEvent(tx, {
          campaignId: campaign.id,
          actorType: 'coordinator',
          actorId,
          action: 'letter.draft_saved',
          data: slug !== campaign.slug ? { slug: { from: campaign.slug, to: slug } } : {},
        });
        return { outcome: 'draft_saved', version: 1 } as const;
      }

      if (input.slug && input.slug !== campaign.slug) {
        throw invalid('slug', 'The address cannot change once the letter is public.');
      }
      if (sameLetter(pickText(current), text)) return { outcome: 'unchanged', version: current.number } as const;
      if (!input.changeKind) throw invalid('changeKind', 'Say whether this change is minor or substantive.');
      if (!input.changeNote) throw invalid('changeNote', 'Say in a few words what changed; signers and co-coordinators will see it.');

      const number = current.number + 1;
      await tx.insert(letterVersions).values({
        campaignId: campaign.id,
        number,
        ...text,
        changeKind: input.changeKind,
        changeNote: input.changeNote,
        editorId: actorId,
      });
      const [updated] = await tx
        .update(campaigns)
        .set({ currentVersion: number, title: text.title, updatedAt: new Date() })
        .where(and(eq(campaigns.id, campaign.id), eq(campaigns.currentVersion, current.number)))
        .returning({ id: campaigns.id });
      if (!updated) throw new DomainError('conflict', 'Someone saved a new version meanwhile. Reload and try again.');

      const notified =
        input.changeKind === 'substantive'
          ? await notifyEarlierSigners(tx, { campaignId: campaign.id, slug: campaign.slug, number, text, changeNote: input.changeNote })
          : 0;
      await recordEvent(tx, {
        campaignId: campaign.id,
        actorType: 'coordinator',
        actorId,
        action: 'letter.version_created',
        subjectType: 'letter_version',
        subjectId: String(number),
        data: { from: current.number, to: number, changeKind: input.changeKind, changeNote: input.changeNote, notified },
      });
      return { outcome: 'version_created', version: number, notified } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw isUniqueViolation(error, 'campaigns_slug_unique')
        ? invalid('slug', 'This address is already used by another letter. Choose another.')
        : new DomainError('conflict', 'Someone saved a new version meanwhile. Reload and try again.');
    }
    throw error;
  }
  if (result.outcome === 'version_created') revalidateCampaign(input.campaignId);
  return result;
}

/** Statuses of sign-ons whose signers still stand behind the letter and should hear of a change. */
const activeStatuses = ['pending_verification', 'verified', 'approved'] as const;

/**
 * Emails everyone who signed an earlier version a word diff from the text they saw to the
 * new one, with a fresh private link to check or withdraw their sign-on.
 */
async function notifyEarlierSigners(
  tx: Tx,
  change: { campaignId: string; slug: string; number: number; text: LetterText; changeNote: string },
): Promise<number> {
  const signers = await tx
    .select({ id: signOns.id, email: signOns.email, name: signOns.displayName, contactName: signOns.contactName, kind: signOns.kind, versionSigned: signOns.versionSigned })
    .from(signOns)
    .where(
      and(
        eq(signOns.campaignId, change.campaignId),
        lt(signOns.versionSigned, change.number),
        inArray(signOns.status, [...activeStatuses]),
        isNotNull(signOns.email),
      ),
    );
  if (signers.length === 0) return 0;

  const versions = await tx
    .select()
    .from(letterVersions)
    .where(and(eq(letterVersions.campaignId, change.campaignId), inArray(letterVersions.number, [...new Set(signers.map((s) => s.versionSigned))])));
  const diffs = new Map(versions.map((v) => [v.number, wordDiff(letterAsText(pickText(v)), letterAsText(change.text))]));
  const letterUrl = absoluteUrl(letterPath(change.slug));

  const messages: OutgoingEmail[] = [];
  for (const s of signers) {
    const { statusUrl, withdrawUrl } = await issueStatusUrl(tx, s.id);
    messages.push({
      template: 'letter-changed',
      to: s.email!,
      campaignId: change.campaignId,
      idempotencyKey: `letter-changed:${s.id}:${change.number}`,
      props: {
        campaignTitle: change.text.title,
        name: (s.kind === 'organization' ? s.contactName : null) ?? s.name,
        fromVersion: s.versionSigned,
        toVersion: change.number,
        changeNote: change.changeNote,
        diff: diffs.get(s.versionSigned) ?? wordDiff('', letterAsText(change.text)),
        letterUrl,
        statusUrl,
        withdrawUrl,
      },
    });
  }
  await enqueueEmails(tx, messages);
  return signers.length;
}
