import 'server-only';
import { getDb } from '@/db/client';
import { and, eq } from 'drizzle-orm';
import { campaigns, letterTranslations, letterVersions } from '@/db/schema';
import { requireRole } from '../auth/roles';
import { requireActor, type Actor } from '../campaigns/commands';
import { letterEditable } from '../campaigns/lifecycle';
import { DomainError } from '../errors';
import { event, outcome as done, runCommand } from '../events';
import { translatorFor } from '../i18n/translator';
import { letterTextHash } from './text-hash';
import { getOutdatedTranslationLocales } from './translations';
import type { SaveTranslationInput } from './translation-schemas';

export type SaveTranslationResult = { outcome: 'created' | 'updated'; locale: string };

/**
 * Saves the letter's text in one more language beside the original. It is brought in line
 * with the version the editor showed, so a later substantive change marks it outdated again.
 * Like the original, it cannot change once the list is final.
 */
export async function saveTranslation(input: SaveTranslationInput, actor: Actor): Promise<SaveTranslationResult> {
  const actorId = requireActor(actor);
  return runCommand(async (tx) => {
    await requireRole(tx, input.campaignId, actorId, 'editor');
    const [campaign] = await tx
      .select({ id: campaigns.id, status: campaigns.status, language: campaigns.language, currentVersion: campaigns.currentVersion })
      .from(campaigns)
      .where(eq(campaigns.id, input.campaignId))
      .for('update');
    if (!campaign) throw new DomainError('not_found', 'Campaign not found.');
    if (!letterEditable(campaign.status)) {
      throw new DomainError('invalid_transition', 'The list is final, so the letter and its translations can no longer change.');
    }
    if (input.locale === campaign.language) {
      throw new DomainError('invalid_input', 'Please correct the highlighted fields.', {
        locale: ['This is the language of the original: edit the letter itself instead.'],
      });
    }
    if (input.basedOnVersion > campaign.currentVersion) {
      throw new DomainError('conflict', 'This version of the letter does not exist. Reload the editor.');
    }
    const text = {
      title: input.title,
      dateLine: input.dateLine,
      addressees: input.addressees,
      body: input.body,
      closing: input.closing,
      cc: input.cc,
      individualsFootnote: input.individualsFootnote,
    };
    const [source] = await tx
      .select()
      .from(letterVersions)
      .where(and(eq(letterVersions.campaignId, campaign.id), eq(letterVersions.number, input.basedOnVersion)));
    if (!source) throw new DomainError('conflict', 'This version of the letter does not exist. Reload the editor.');
    const sourceHash = letterTextHash(source);
    const now = new Date();
    const [row] = await tx
      .insert(letterTranslations)
      .values({ campaignId: campaign.id, locale: input.locale, ...text, basedOnVersion: input.basedOnVersion, sourceHash, editorId: actorId })
      .onConflictDoUpdate({
        target: [letterTranslations.campaignId, letterTranslations.locale],
        set: { ...text, basedOnVersion: input.basedOnVersion, sourceHash, editorId: actorId, updatedAt: now },
      })
      .returning({ createdAt: letterTranslations.createdAt, updatedAt: letterTranslations.updatedAt });
    const outcome = row && row.createdAt.getTime() === row.updatedAt.getTime() ? 'created' : 'updated';
    const saved = event({
      type: 'letter.translation_saved',
      campaignId: campaign.id,
      actor: { type: 'coordinator', id: actorId },
      subject: { type: 'letter_translation', id: input.locale },
      data: { locale: input.locale, basedOnVersion: input.basedOnVersion, outcome },
    });
    return done({ outcome, locale: input.locale } as const, [saved]);
  });
}

/**
 * Publishing (open or reopen) while some translations lag behind the original needs the
 * coordinator's explicit yes: readers of those languages would read an older text.
 */
export async function requirePublishConfirmation(campaignId: string, actor: Actor, confirmed: boolean): Promise<void> {
  const actorId = requireActor(actor);
  const db = await getDb();
  await requireRole(db, campaignId, actorId, 'editor');
  if (confirmed) return;
  const outdated = await getOutdatedTranslationLocales(campaignId, db);
  if (outdated.length === 0) return;
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const languages = outdated.map((l) => names.of(l) ?? l).join(', ');
  throw new DomainError('invalid_input', translatorFor('en', 'editor')('outdatedConfirm', { languages }), {
    confirmOutdated: [translatorFor('en', 'editor')('publishAnyway')],
  });
}
