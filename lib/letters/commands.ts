import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { campaigns, letterVersions } from '@/db/schema';
import { requireRole } from '../auth/roles';
import { requireActor, updateCampaignAsRead, type Actor } from '../campaigns/commands';
import { letterEditable } from '../campaigns/lifecycle';
import { requireWritten } from '../conditional-write';
import { isUniqueViolation } from '../db-errors';
import { DomainError } from '../errors';
import { event, outcome, runCommand, type Outcome } from '../events';
import { noticeLetterChange } from './change-notices';
import { sameLetter } from './diff';
import { letterFieldNames, type LetterText, type SaveLetterInput } from './schemas';

export type SaveLetterResult =
  | { outcome: 'draft_saved'; version: 1 }
  | { outcome: 'unchanged'; version: number }
  | { outcome: 'version_created'; version: number; notified: number };

const pickText = (v: LetterText): LetterText =>
  Object.fromEntries(letterFieldNames.map((f) => [f, v[f]])) as LetterText;

const newVersionMeanwhile = 'Someone saved a new version meanwhile. Reload and try again.';

const invalid = (field: string, message: string) =>
  new DomainError('invalid_input', 'Please correct the highlighted fields.', { [field]: [message] });

/** Holds the campaign row (saves of one letter happen one after another) and checks the editor saw the current version. */
async function holdEditableLetter(tx: Tx, input: SaveLetterInput, actorId: string) {
  await requireRole(tx, input.campaignId, actorId, 'editor');
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
  return { campaign, current };
}

type Held = Awaited<ReturnType<typeof holdEditableLetter>>;

/** While the campaign is a draft the text is simply replaced, and the address may change. */
async function saveDraft(tx: Tx, input: SaveLetterInput, actorId: string, { campaign, current }: Held): Promise<Outcome<SaveLetterResult>> {
  const text = pickText(input);
  const slug = input.slug ?? campaign.slug;
  if (slug !== campaign.slug) {
    const [taken] = await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, slug)).limit(1);
    if (taken) throw invalid('slug', 'This address is already used by another letter. Choose another.');
  }
  await tx.update(letterVersions).set({ ...text, editorId: actorId }).where(eq(letterVersions.id, current.id));
  await updateCampaignAsRead(tx, campaign, { title: text.title, slug, updatedAt: new Date() });
  const saved = event({
    type: 'letter.draft_saved',
    campaignId: campaign.id,
    actor: { type: 'coordinator', id: actorId },
    data: slug !== campaign.slug ? { slug: { from: campaign.slug, to: slug } } : {},
  });
  return outcome({ outcome: 'draft_saved', version: 1 }, [saved]);
}

/** Once public, every save is a new numbered version that signers of earlier texts hear about. */
async function saveVersion(tx: Tx, input: SaveLetterInput, actorId: string, { campaign, current }: Held): Promise<Outcome<SaveLetterResult>> {
  const text = pickText(input);
  if (input.slug && input.slug !== campaign.slug) throw invalid('slug', 'The address cannot change once the letter is public.');
  if (sameLetter(pickText(current), text)) return outcome({ outcome: 'unchanged', version: current.number });
  if (!input.changeKind) throw invalid('changeKind', 'Say whether this change is minor or substantive.');
  if (!input.changeNote) throw invalid('changeNote', 'Say in a few words what changed; signers and co-coordinators will see it.');
  const number = current.number + 1;
  await tx
    .insert(letterVersions)
    .values({ campaignId: campaign.id, number, ...text, changeKind: input.changeKind, changeNote: input.changeNote, editorId: actorId });
  await requireWritten(
    tx
      .update(campaigns)
      .set({ currentVersion: number, title: text.title, updatedAt: new Date() })
      .where(and(eq(campaigns.id, campaign.id), eq(campaigns.currentVersion, current.number)))
      .returning({ id: campaigns.id }),
    newVersionMeanwhile,
  );
  const { notified, emails } = await noticeLetterChange(tx, {
    campaignId: campaign.id,
    slug: campaign.slug,
    number,
    title: text.title,
    substantive: input.changeKind === 'substantive',
  });
  const created = event({
    type: 'letter.version_created',
    campaignId: campaign.id,
    actor: { type: 'coordinator', id: actorId },
    subject: { type: 'letter_version', id: String(number) },
    data: { from: current.number, to: number, changeKind: input.changeKind, changeNote: input.changeNote, notified },
    emails,
  });
  return outcome({ outcome: 'version_created', version: number, notified }, [created]);
}

/**
 * Saves the letter: a draft is replaced; once it has opened, every save is a new numbered
 * version, and a substantive one tells everyone who signed an earlier text what changed, with
 * a way to withdraw (SPEC §3), at most once a day.
 */
export async function saveLetter(input: SaveLetterInput, actor: Actor): Promise<SaveLetterResult> {
  const actorId = requireActor(actor);
  try {
    return await runCommand(async (tx) => {
      const held = await holdEditableLetter(tx, input, actorId);
      return held.campaign.status === 'draft' ? saveDraft(tx, input, actorId, held) : saveVersion(tx, input, actorId, held);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw isUniqueViolation(error, 'campaigns_slug_unique')
        ? invalid('slug', 'This address is already used by another letter. Choose another.')
        : new DomainError('conflict', newVersionMeanwhile);
    }
    throw error;
  }
}
