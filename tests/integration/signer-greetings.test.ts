import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { campaigns, outboxMessages } from '@/db/schema';
import { renderEmail } from '@/lib/email/render';
import type { EmailTemplates, TemplateName } from '@/lib/email/templates';
import { lockCampaign, recordDelivery } from '@/lib/campaigns/final-list';
import { bulkDecide, decideSignOn } from '@/lib/moderation/commands';
import { submitSignOnForm, verifySignOn } from '@/lib/sign-ons/commands';
import { createCampaign, createCoordinator, uniq } from '../support/factories';
import { createSignOn } from '../support/sign-ons';

const ip = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

const organization = (email: string) => ({
  kind: 'organization',
  displayName: 'River Trust International',
  acronym: 'RTI',
  country: 'KE',
  contactName: 'Wanjiru Kamau',
  contactRole: 'Director',
  email,
  authorized: 'on',
});

const individual = (email: string) => ({ kind: 'individual', displayName: 'Astrid Berg', country: 'NO', email });

/** Every email queued for an address, rendered as the signer reads it (plain-text part). */
async function readMail(to: string): Promise<{ template: string; text: string }[]> {
  const db = await getDb();
  const rows = await db.select().from(outboxMessages).where(eq(outboxMessages.to, to)).orderBy(asc(outboxMessages.createdAt));
  return Promise.all(
    rows.map(async (r) => {
      const { text } = await renderEmail(r.template as TemplateName, r.props as EmailTemplates[TemplateName]);
      return { template: r.template, text };
    }),
  );
}

const confirmToken = async (to: string) => {
  const db = await getDb();
  const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.to, to));
  return String(row!.props.confirmUrl).split('/').at(-1)!;
};

/** Signs a new campaign with the given approval policy through the public form, confirms, and reads the signer's mail. */
async function signAndConfirm(approvalPolicy: 'auto_all' | 'review_all', form: (email: string) => Record<string, unknown>) {
  const campaign = await createCampaign({ approvalPolicy });
  const email = `${uniq('signer')}@example.test`;
  await submitSignOnForm(form(email), campaign.slug, { ip: ip() });
  await verifySignOn(await confirmToken(email));
  return readMail(email);
}

describe('greetings in signer emails', () => {
  it('greets the contact person of an organization, never the organization, from confirmation to approval', async () => {
    const mail = await signAndConfirm('auto_all', organization);
    expect(mail.map((m) => m.template)).toEqual(['sign-on-verification', 'sign-on-approved']);
    for (const m of mail) {
      expect(m.text, m.template).toContain('Hello Wanjiru Kamau,');
      expect(m.text, m.template).not.toContain('Hello River Trust International');
    }
  });

  it('greets an individual by their own name', async () => {
    const mail = await signAndConfirm('review_all', individual);
    expect(mail.map((m) => m.template)).toEqual(['sign-on-verification', 'sign-on-received']);
    for (const m of mail) expect(m.text, m.template).toContain('Hello Astrid Berg,');
  });

  it('greets the contact person in decision and delivery emails', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id, notifyRejected: true });
    const contact = (name: string) => ({ campaignId: campaign.id, displayName: `${name} Org`, contactName: `${name} Contact`, keepInformed: true });
    const approved = await createSignOn({ ...contact('Approved'), email: `${uniq('a')}@example.test` });
    const rejected = await createSignOn({ ...contact('Rejected'), email: `${uniq('r')}@example.test` });
    const bulk = await createSignOn({ ...contact('Bulk'), email: `${uniq('b')}@example.test` });
    await decideSignOn({ signOnId: approved.id, decision: 'approve' }, owner.id);
    await decideSignOn({ signOnId: rejected.id, decision: 'reject', reason: 'Not an organization' }, owner.id);
    await bulkDecide({ campaignId: campaign.id, decision: 'approve', ids: [bulk.id] }, owner.id);

    await (await getDb()).update(campaigns).set({ status: 'closed' }).where(eq(campaigns.id, campaign.id));
    await lockCampaign({ campaignId: campaign.id }, owner.id);
    await recordDelivery(
      { campaignId: campaign.id, deliveredAt: new Date('2026-11-20T10:00:00Z'), deliveredTo: 'the Minister', method: 'email', note: '', link: '' },
      owner.id,
    );

    const expected = [
      [approved, ['sign-on-approved', 'letter-delivered'], 'Approved'],
      [rejected, ['sign-on-rejected'], 'Rejected'],
      [bulk, ['sign-on-approved', 'letter-delivered'], 'Bulk'],
    ] as const;
    for (const [signOn, templates, name] of expected) {
      const mail = await readMail(signOn.email!);
      expect(mail.map((m) => m.template)).toEqual(templates);
      for (const m of mail) {
        expect(m.text, m.template).toContain(`Hello ${name} Contact,`);
        expect(m.text, m.template).not.toContain(`Hello ${name} Org`);
      }
    }
  });
});
