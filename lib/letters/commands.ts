import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { campaigns, letterVersions } from '@/db/schema';
import { recordEvent } from '../audit/record';
import { requireRole } from '../auth/roles';
import { revalidateCampaign } from '../campaigns/cache';
import { requireActor, type Actor } from '../campaigns/commands';
import { letterEditable } from '../campaigns/lifecycle';
import { isUniqueViolation } from '../db-errors';
import { DomainError } from '../errors';
import { noticeLetterChange } from './change-notices';
import { sameLetter } from './diff';
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
 * signed an earlier text what changed, with a way to withdraw (SPEC §3), at most once a day.
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

      const notified = await noticeLetterChange(tx, {
        campaignId: campaign.id,
        slug: campaign.slug,
        number,
        title: text.title,
        substantive: input.changeKind === 'substantive',
      });
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
