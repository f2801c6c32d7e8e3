import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { and, eq } from 'drizzle-orm';
import { auditEvents, letterTranslations, outboxMessages, signOns } from '@/db/schema';
import { setCoordinatorLocale } from '@/lib/coordinators/locale';
import { submitSignOnForm, verifySignOn } from '@/lib/sign-ons/commands';
import { inviteCoordinator } from '@/lib/coordinators/commands';
import { locales } from '@/lib/i18n/locales';
import { localizedSummary } from '@/lib/i18n/summary';
import { saveLetter } from '@/lib/letters/commands';
import type { SaveLetterInput } from '@/lib/letters/schemas';
import { requirePublishConfirmation, saveTranslation } from '@/lib/letters/translation-commands';
import type { SaveTranslationInput } from '@/lib/letters/translation-schemas';
import { getLetterTranslations } from '@/lib/letters/translations';
import { hashDocument } from '@/lib/lists/document';
import { lockCampaign } from '@/lib/campaigns/final-list';
import { exportResponse } from '@/lib/lists/exports';
import { isFrozenError } from '@/lib/lists/frozen';
import { getEntrySource, getListCampaign } from '@/lib/lists/queries';
import { createCampaign, createCoordinator, removeAllCampaigns } from '../support/factories';
import { insertSignOns } from '../support/sign-ons';

afterAll(async () => {
  await removeAllCampaigns();
});

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A closed letter in English with French, Korean and Arabic texts, signed in four languages. */
async function multilingualLetter() {
  const owner = await createCoordinator();
  const campaign = await createCampaign({ status: 'closed', ownerId: owner.id });
  const db = await getDb();
  await db.insert(letterTranslations).values(
    (['fr', 'ko', 'ar'] as const).map((locale) => ({ campaignId: campaign.id, locale, title: `${locale}: ${campaign.title}`, body: `(${locale})`, basedOnVersion: 1 })),
  );
  await insertSignOns([
    { campaignId: campaign.id, displayName: 'Zebra Trust', country: 'GB', locale: 'en' },
    { campaignId: campaign.id, displayName: 'Fleuve Solidaire', country: 'SN', locale: 'fr' },
    { campaignId: campaign.id, displayName: '강 살리기 시민연대', country: 'KR', locale: 'ko' },
    { campaignId: campaign.id, kind: 'individual', displayName: 'Nadia Haddad', country: 'LB', locale: 'ar' },
    { campaignId: campaign.id, kind: 'individual', displayName: 'Ana Pérez', locale: 'es' },
  ]);
  return { owner, campaign };
}

const emptyBlocks = { dateLine: '', addressees: '', closing: '', cc: '', individualsFootnote: '' };

/** A translation as the editor sends it, the blocks left out empty. */
const translation = (fields: Pick<SaveTranslationInput, 'campaignId' | 'locale' | 'title' | 'body'> & Partial<SaveTranslationInput>): SaveTranslationInput => ({
  ...emptyBlocks,
  basedOnVersion: 1,
  ...fields,
});

/** Saves the original letter with a new body, as its editor would; title and closing stay as the factory wrote them. */
const rewriteOriginal = (campaign: { id: string; title: string }, owner: { id: string }, edit: Pick<SaveLetterInput, 'body' | 'baseVersion' | 'changeKind'> & Partial<SaveLetterInput>) =>
  saveLetter({ campaignId: campaign.id, ...emptyBlocks, title: campaign.title, closing: 'Sincerely,', changeNote: '', ...edit }, { id: owner.id });

describe('the lock is language-neutral', () => {
  it('gives the same hash, and the same JSON bytes, however often and in whichever language the list is read', async () => {
    const { owner, campaign } = await multilingualLetter();
    const locked = await lockCampaign({ campaignId: campaign.id }, owner.id);
    expect(locked.summary).toBe('3 organizations and 2 individuals from 4 countries');

    const hashes = new Set<string>([locked.hash]);
    const texts = new Set<string>();
    for (const locale of locales) {
      // Reading the list in a language: its page's sentence and the plain-text export in it...
      const listCampaign = (await getListCampaign(campaign.slug))!;
      const source = await getEntrySource(listCampaign);
      const sentence = localizedSummary(source.meta.counts, locale);
      const text = await (await exportResponse(campaign.slug, 'txt', {}, { locale, title: `${locale} title` })).text();
      expect(text).toContain(sentence);
      texts.add(text);
      // ... and then the document whose hash was published, computed again and downloaded.
      hashes.add(await hashDocument(source.meta, source.batches()));
      const json = await (await exportResponse(campaign.slug, 'json')).text();
      hashes.add(sha256(json));
      const document = JSON.parse(json) as { summary: string; campaign: { language: string }; entries: Record<string, unknown>[] };
      expect(document.summary, locale).toBe(locked.summary);
      expect(document.campaign.language).toBe('en');
      // The language each signer signed in is private: never in the document.
      expect(json).not.toMatch(/"locale"/);
      expect(Object.keys(document.entries[0]!).sort()).toEqual(['acronym', 'country', 'kind', 'name', 'position', 'title']);
    }
    expect([...hashes]).toEqual([locked.hash]);
    // The texts around the list did change with the language; only the hashed document did not.
    expect(texts.size).toBe(locales.length);
  });

  it('keeps the translations of a locked letter as final as its original, in the database itself', async () => {
    const { owner, campaign } = await multilingualLetter();
    await lockCampaign({ campaignId: campaign.id }, owner.id);
    const db = await getDb();
    const ofCampaign = and(eq(letterTranslations.campaignId, campaign.id), eq(letterTranslations.locale, 'fr'));
    await expect(db.update(letterTranslations).set({ title: 'Autre titre' }).where(ofCampaign)).rejects.toSatisfy(isFrozenError);
    await expect(db.delete(letterTranslations).where(ofCampaign)).rejects.toSatisfy(isFrozenError);
    await expect(
      db.insert(letterTranslations).values({ campaignId: campaign.id, locale: 'es', title: 'Carta', basedOnVersion: 1 }),
    ).rejects.toSatisfy(isFrozenError);
    const [fr] = await db.select({ title: letterTranslations.title }).from(letterTranslations).where(ofCampaign);
    expect(fr?.title).toBe(`fr: ${campaign.title}`);
  });
});

describe('translations', () => {
  it('are saved beside the original, audited, kept to editors, and outdated by a substantive change', async () => {
    const owner = await createCoordinator();
    const stranger = await createCoordinator();
    const campaign = await createCampaign({ status: 'open', ownerId: owner.id });
    const input = translation({ campaignId: campaign.id, locale: 'fr', title: 'Lettre', body: 'Nous, soussignés, demandons de l’**eau propre**.', closing: 'Cordialement,' });
    expect(await saveTranslation(input, { id: owner.id })).toEqual({ outcome: 'created', locale: 'fr' });
    expect(await saveTranslation({ ...input, title: 'Lettre ouverte' }, { id: owner.id })).toEqual({ outcome: 'updated', locale: 'fr' });
    const [saved] = await getLetterTranslations(campaign.id);
    expect(saved).toMatchObject({ locale: 'fr', title: 'Lettre ouverte', basedOnVersion: 1, outdated: false });
    const db = await getDb();
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.campaignId, campaign.id), eq(auditEvents.action, 'letter.translation_saved')));
    expect(events.map((e) => e.data)).toEqual([
      { locale: 'fr', basedOnVersion: 1, outcome: 'created' },
      { locale: 'fr', basedOnVersion: 1, outcome: 'updated' },
    ]);
    await expect(saveTranslation({ ...input, locale: 'en' }, { id: owner.id })).rejects.toMatchObject({ code: 'invalid_input' });

    // A substantive change to the original makes the translation outdated until it is updated; a minor one does not.
    await rewriteOriginal(campaign, owner, { body: 'We ask for clean water.', baseVersion: 1, changeKind: 'minor', changeNote: 'Wording' });
    expect((await getLetterTranslations(campaign.id))[0]?.outdated).toBe(false);
    await rewriteOriginal(campaign, owner, { body: 'We demand clean water by 2027.', baseVersion: 2, changeKind: 'substantive', changeNote: 'A date' });
    expect((await getLetterTranslations(campaign.id))[0]?.outdated).toBe(true);
    // Publishing with an outdated translation needs a yes; strangers learn nothing.
    await expect(requirePublishConfirmation(campaign.id, { id: owner.id }, false)).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Some translations are outdated: French. Publish anyway?',
    });
    await expect(requirePublishConfirmation(campaign.id, { id: owner.id }, true)).resolves.toBeUndefined();
    await expect(requirePublishConfirmation(campaign.id, { id: stranger.id }, true)).rejects.toMatchObject({ code: 'not_found' });
    await saveTranslation({ ...input, body: 'Nous exigeons de l’eau propre d’ici 2027.', basedOnVersion: 3 }, { id: owner.id });
    expect((await getLetterTranslations(campaign.id))[0]?.outdated).toBe(false);
    await expect(saveTranslation(input, { id: stranger.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('become outdated when a draft’s original is edited in place, until they are saved again', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ status: 'draft', ownerId: owner.id });
    const input = translation({ campaignId: campaign.id, locale: 'ko', title: '서한', body: '깨끗한 물을 요구합니다.' });
    await saveTranslation(input, { id: owner.id });
    expect((await getLetterTranslations(campaign.id))[0]?.outdated).toBe(false);
    await rewriteOriginal(campaign, owner, { body: 'We ask for clean water, now.', baseVersion: 1 });
    expect((await getLetterTranslations(campaign.id))[0]?.outdated).toBe(true);
    await saveTranslation({ ...input, body: '지금 깨끗한 물을 요구합니다.' }, { id: owner.id });
    expect((await getLetterTranslations(campaign.id))[0]?.outdated).toBe(false);
  });
});

describe('coordinators’ email language', () => {
  it('is chosen by each coordinator and written on every email to them', async () => {
    const owner = await createCoordinator();
    const invitee = await createCoordinator();
    const campaign = await createCampaign({ status: 'open', ownerId: owner.id });
    expect(await setCoordinatorLocale({ locale: 'ko' }, { id: invitee.id })).toEqual({ locale: 'ko' });
    await inviteCoordinator({ campaignId: campaign.id, email: invitee.email, role: 'editor' }, { id: owner.id });
    const db = await getDb();
    const [invitation] = await db
      .select({ locale: outboxMessages.locale })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.campaignId, campaign.id), eq(outboxMessages.template, 'coordinator-invitation')));
    expect(invitation?.locale).toBe('ko');
    await expect(setCoordinatorLocale({ locale: 'fr' }, null)).rejects.toBeTruthy();
  });
});

describe('signers’ language', () => {
  it('is recorded privately from the form and names and links the letter in it in every email', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ status: 'open', ownerId: owner.id, approvalPolicy: 'auto_all' });
    const db = await getDb();
    await db.insert(letterTranslations).values({ campaignId: campaign.id, locale: 'fr', title: 'Lettre ouverte', body: 'Nous demandons de l’eau.', basedOnVersion: 1 });
    const email = `signer-${Date.now()}@example.test`;
    const form = { kind: 'individual', displayName: 'Awa Ndiaye', email, locale: 'fr', versionSeen: '1' };
    await submitSignOnForm(form, campaign.slug, { ip: '10.7.0.1' });
    const [row] = await db.select({ locale: signOns.locale, original: signOns.originalSubmission }).from(signOns).where(eq(signOns.email, email));
    expect(row?.locale).toBe('fr');
    expect(row?.original).not.toHaveProperty('locale');

    const mails = () => db.select().from(outboxMessages).where(and(eq(outboxMessages.campaignId, campaign.id), eq(outboxMessages.to, email)));
    const [verification] = await mails();
    expect(verification).toMatchObject({ template: 'sign-on-verification', locale: 'fr', props: expect.objectContaining({ campaignTitle: 'Lettre ouverte' }) });
    await verifySignOn(String(verification!.props.confirmUrl).split('/').at(-1)!);
    const approved = (await mails()).find((m) => m.template === 'sign-on-approved');
    expect(approved?.locale).toBe('fr');
    expect(String(approved?.props.letterUrl)).toMatch(new RegExp(`/letters/${campaign.slug}/fr$`));

    // A language the app does not speak is refused, with a message, never stored.
    await expect(submitSignOnForm({ ...form, email: `x-${email}`, locale: 'tlh' }, campaign.slug, { ip: '10.7.0.2' })).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { locale: ['Reload the page and sign again.'] },
    });
  });
});
