import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, campaignMembers, campaigns } from '@/db/schema';
import { createCampaign, openCampaign } from '@/lib/campaigns/commands';
import { getCampaignEmbedOrigins, getEmbedRule, setEmbedOrigins } from '@/lib/campaigns/embed';
import { embedOriginsSchema } from '@/lib/campaigns/embed-schemas';
import { saveLetter } from '@/lib/letters/commands';
import { saveLetterSchema } from '@/lib/letters/schemas';
import { createCoordinator, uniq } from '../support/factories';

async function openLetterWithEditor() {
  const owner = await createCoordinator();
  const editor = await createCoordinator();
  const outsider = await createCoordinator();
  const slug = uniq('embed');
  const { id } = await createCampaign({ title: 'Rivers for all', slug, language: 'en' }, owner);
  await (await getDb()).insert(campaignMembers).values({ campaignId: id, coordinatorId: editor.id, role: 'editor' });
  await saveLetter(saveLetterSchema.parse({ campaignId: id, baseVersion: 1, title: 'Rivers for all', body: 'Keep them flowing.', closing: 'Sincerely,' }), owner);
  return { id, slug, owner, editor, outsider };
}

const input = (campaignId: string, embedOrigins: string) => embedOriginsSchema.parse({ campaignId, embedOrigins });

describe('embedding the sign-on page (setEmbedOrigins)', () => {
  it('stores normalized origins for an editor, records the change and empties back to any site', async () => {
    const { id, slug, editor, owner } = await openLetterWithEditor();
    await openCampaign({ campaignId: id }, owner);
    expect(await getEmbedRule(slug)).toEqual({ campaignId: id, origins: null });

    expect(await setEmbedOrigins(input(id, 'https://Coalition.example.org/\nhttp://127.0.0.1:3250, https://coalition.example.org'), editor)).toEqual({ changed: true });
    expect(await getCampaignEmbedOrigins(id)).toEqual(['https://coalition.example.org', 'http://127.0.0.1:3250']);
    expect((await getEmbedRule(slug))?.origins).toEqual(['https://coalition.example.org', 'http://127.0.0.1:3250']);
    expect(await setEmbedOrigins(input(id, 'https://coalition.example.org http://127.0.0.1:3250'), editor)).toEqual({ changed: false });

    const events = await (await getDb()).select().from(auditEvents).where(eq(auditEvents.campaignId, id));
    expect(events.filter((e) => e.action === 'campaign.settings_changed')).toHaveLength(1);

    await setEmbedOrigins(input(id, '  '), editor);
    expect((await getEmbedRule(slug))?.origins).toBeNull();
  });

  it('refuses anonymous callers and coordinators of other campaigns, changing nothing', async () => {
    const { id, outsider } = await openLetterWithEditor();
    await expect(setEmbedOrigins(input(id, 'https://evil.example'), null)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setEmbedOrigins(input(id, 'https://evil.example'), outsider)).rejects.toMatchObject({ code: 'not_found' });
    const [row] = await (await getDb()).select({ origins: campaigns.embedOrigins }).from(campaigns).where(eq(campaigns.id, id));
    expect(row?.origins).toBeNull();
  });

  it('refuses what is not a site address, and a draft letter has no embedding rule', async () => {
    const { id, slug } = await openLetterWithEditor();
    const parsed = embedOriginsSchema.safeParse({ campaignId: id, embedOrigins: 'https://ok.example\nhttps://ok.example/path\njavascript:alert(1)' });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('https://ok.example/path');
    expect(await getEmbedRule(slug)).toBeNull();
  });
});
