import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { outboxMessages, signOns, signOnTokens } from '@/db/schema';
import type { Delivery, Transport } from '@/lib/email/transports';
import { runWorkerOnce } from '@/lib/email/worker';
import { NOTICE_INTERVAL_MS } from '@/lib/letters/change-notices';
import { saveLetter } from '@/lib/letters/commands';
import { saveLetterSchema } from '@/lib/letters/schemas';
import { hashToken } from '@/lib/security/tokens';
import { withdrawSignOn } from '@/lib/sign-ons/commands';
import { getSignerStatus } from '@/lib/sign-ons/queries';
import { createCampaign, createCoordinator, uniq } from '../support/factories';
import { insertSignOns } from '../support/sign-ons';

const paragraphs = [
  'We, the undersigned, write about the River Commons.',
  'The river feeds **four million people** and the wetlands of the delta.',
  'We ask the ministry to adopt binding minimum flows soon.',
  'We ask the ministry to publish the [monitoring data](https://example.org/data).',
  'We ask the ministry to consult the communities along the river.',
  'We thank you for your attention to this urgent matter.',
];

/** Five edits, one per save, each to a different paragraph, with the coordinators' note. */
const edits: [from: string, to: string, note: string][] = [
  ['soon', 'by 2030', 'Adds the 2030 deadline'],
  ['[monitoring data](https://example.org/data)', '[monitoring data](https://example.org/open-data) every month', 'Links the open data'],
  ['consult the communities', 'obtain the consent of the communities', 'Asks for consent'],
  ['four million people', 'five million people', 'Corrects the population'],
  ['urgent matter', 'pressing matter', 'Softens the closing'],
];

async function setup() {
  const owner = await createCoordinator();
  const campaign = await createCampaign({ ownerId: owner.id, body: paragraphs.join('\n\n') });
  const [org, person] = await insertSignOns([
    { campaignId: campaign.id, displayName: 'River Trust International', contactName: 'Wanjiru Kamau', email: `${uniq('wanjiru')}@rivertrust.example` },
    { campaignId: campaign.id, kind: 'individual', displayName: 'Astrid Berg', email: `${uniq('astrid')}@example.test`, status: 'verified' },
  ]);
  let body = paragraphs.join('\n\n');
  let version = 1;
  const save = async (edit: [string, string, string], changeKind: 'minor' | 'substantive' = 'substantive') => {
    body = body.replace(edit[0], edit[1]);
    const input = saveLetterSchema.parse({
      campaignId: campaign.id,
      baseVersion: version,
      title: campaign.title,
      body,
      closing: 'Sincerely,',
      changeKind,
      changeNote: edit[2],
    });
    version = (await saveLetter(input, owner)).version;
  };
  return { campaign, org: org!, person: person!, save };
}

/** A provider that keeps what it was given, as the signer would receive it. */
function inbox() {
  const received: Delivery[] = [];
  const transport: Transport = {
    name: 'inbox',
    maxBatch: 1,
    async send(message) {
      received.push(message);
      return { ok: true, providerId: `inbox-${received.length}` };
    },
  };
  return { received, transport, to: (address: string) => received.filter((m) => m.to === address && m.template === 'letter-changed') };
}

async function letterChangedRows(campaignId: string) {
  const db = await getDb();
  return db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.campaignId, campaignId), eq(outboxMessages.template, 'letter-changed')));
}

const withdrawLink = (m: Delivery) => m.text.match(/https?:\/\/\S+\/signed\/([\w-]+)\/withdraw/);

describe('letter-changed emails', () => {
  it('sends one email per signer for five substantive saves in a row, covering all five', async () => {
    const { campaign, org, person, save } = await setup();
    for (const edit of edits) await save(edit);

    const { transport, to } = inbox();
    await runWorkerOnce({ transport });
    for (const address of [org.email!, person.email!]) {
      const mail = to(address);
      expect(mail, address).toHaveLength(1);
      const { text, html } = mail[0]!;
      expect(text).toContain('(version 1 → version 6)');
      expect(text).toContain('minimum flows [-soon.-][+by 2030.+]');
      expect(text).toContain('[+monitoring data https://example.org/open-data every month.+]');
      expect(text).toContain('to [-consult-] [+obtain+] the [+consent of the+] communities');
      expect(text).toContain('feeds [-four-] [+five+] million people');
      expect(text).toContain('this [-urgent-] [+pressing+] matter');
      for (const [, , note] of edits) expect(text).toContain(note);
      // Only what changed: the paragraphs nobody touched are not in the email.
      expect(text).not.toContain('We, the undersigned, write about');
      // Markdown is rendered, not shown.
      expect(text).not.toMatch(/\*\*|\]\(/);
      expect(html).toContain('<a href="https://example.org/open-data"');
      expect(text).toContain(`/letters/${campaign.slug}/versions?from=1&to=6`);
    }
    expect(to(org.email!)[0]!.text).toContain('Hello Wanjiru Kamau,');
  });

  it('waits a day after an email before the next, which covers every version since', async () => {
    const { campaign, org, save } = await setup();
    await save(edits[0]!);
    const { transport, to } = inbox();
    await runWorkerOnce({ transport });
    expect(to(org.email!)).toHaveLength(1);
    const [first] = await letterChangedRows(campaign.id);
    expect(first!.status).toBe('sent');

    await save(edits[1]!);
    await save(edits[2]!, 'minor');
    await save(edits[3]!);
    const pending = (await letterChangedRows(campaign.id)).filter((r) => r.to === org.email && r.status === 'pending');
    expect(pending).toHaveLength(1);
    // To the millisecond, as far as timestamps survive the trip through the database.
    expect(Math.abs(pending[0]!.nextAttemptAt.getTime() - (first!.sentAt!.getTime() + NOTICE_INTERVAL_MS))).toBeLessThanOrEqual(1);

    // Nothing more today, even for the worker.
    await runWorkerOnce({ transport });
    expect(to(org.email!)).toHaveLength(1);

    const tomorrow = new Date(first!.sentAt!.getTime() + NOTICE_INTERVAL_MS + 1000);
    await runWorkerOnce({ transport, now: () => tomorrow });
    const second = to(org.email!)[1]!;
    expect(second.text).toContain('(version 2 → version 5)');
    expect(second.text).toContain('to [-consult-] [+obtain+] the [+consent of the+] communities');
    expect(second.text).toContain('[-four-] [+five+] million people');
    // The first email's change is not repeated.
    expect(second.text).not.toContain('by 2030');

    // The withdraw link of the rewritten email still works, and the database holds only its hash.
    const token = withdrawLink(second)![1]!;
    const db = await getDb();
    const tokens = await db.select({ hash: signOnTokens.tokenHash }).from(signOnTokens).where(eq(signOnTokens.signOnId, org.id));
    expect(tokens.map((t) => t.hash)).toContain(hashToken(token));
    expect(JSON.stringify(tokens)).not.toContain(token);
    expect(await getSignerStatus(token)).toMatchObject({ status: 'approved', canWithdraw: true });
    await withdrawSignOn(token);
    const [row] = await db.select({ status: signOns.status }).from(signOns).where(eq(signOns.id, org.id));
    expect(row!.status).toBe('withdrawn');
  });

  it('leaves an email a worker is already sending as it is, and schedules the next for a day later', async () => {
    const { campaign, person, save } = await setup();
    await save(edits[0]!);
    const db = await getDb();
    const [claimed] = (await letterChangedRows(campaign.id)).filter((r) => r.to === person.email);
    const lease = new Date(Date.now() + 60_000);
    await db.update(outboxMessages).set({ lockedUntil: lease }).where(eq(outboxMessages.id, claimed!.id));

    await save(edits[1]!);
    const rows = (await letterChangedRows(campaign.id)).filter((r) => r.to === person.email);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === claimed!.id)!.props).toMatchObject({ fromVersion: 1, toVersion: 2 });
    const next = rows.find((r) => r.id !== claimed!.id)!;
    expect(next.props).toMatchObject({ fromVersion: 2, toVersion: 3 });
    expect(next.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + NOTICE_INTERVAL_MS - 60_000);
  });

  it('drops the email waiting for tomorrow when the signer withdraws meanwhile', async () => {
    const { campaign, org, save } = await setup();
    await save(edits[0]!);
    const { transport, to } = inbox();
    await runWorkerOnce({ transport });
    await save(edits[1]!);
    expect((await letterChangedRows(campaign.id)).filter((r) => r.to === org.email && r.status === 'pending')).toHaveLength(1);

    await withdrawSignOn(withdrawLink(to(org.email!)[0]!)![1]!);
    expect((await letterChangedRows(campaign.id)).filter((r) => r.to === org.email && r.status === 'pending')).toHaveLength(0);
    await runWorkerOnce({ transport, now: () => new Date(Date.now() + 2 * NOTICE_INTERVAL_MS) });
    expect(to(org.email!)).toHaveLength(1);
  });
});
