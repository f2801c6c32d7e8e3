import { and, eq, inArray, like } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, campaignMembers, outboxMessages } from '@/db/schema';
import { retryMessage } from '@/lib/email/commands';
import type { DbOrTx } from '@/db/client';
import type { OutgoingEmail } from '@/lib/email/outbox';
import { commit } from '@/lib/events';

/** Queues emails the way every command does: as an event's emails, through the spine. */
const enqueueEmails = (tx: DbOrTx, emails: OutgoingEmail[]) =>
  commit(tx, [{ type: 'email.requested', campaignId: null, actor: { type: 'system' }, data: {}, emails }]);
const enqueueEmail = (tx: DbOrTx, email: OutgoingEmail) => enqueueEmails(tx, [email]);
import { listFailedMessages, listMailbox } from '@/lib/email/queries';
import { transportFromEnv, type Delivery, type Transport } from '@/lib/email/transports';
import { runWorkerOnce, type WorkerOptions } from '@/lib/email/worker';
import { env } from '@/lib/env';
import { startFakeResend, type Behaviour, type FakeResend } from '../support/fake-resend';
import { createCampaign, createCoordinator, uniq } from '../support/factories';

const received = (prefix: string, i: number, campaignId: string | null = null): OutgoingEmail<'sign-on-received'> => ({
  template: 'sign-on-received',
  to: `signer-${i}@example.test`,
  campaignId,
  idempotencyKey: `${prefix}:${i}`,
  props: { campaignTitle: 'Clean water now', name: `Signer ${i}`, statusUrl: `https://undersigned.test/signed/tok-${i}` },
});

async function rowsWithPrefix(prefix: string) {
  const db = await getDb();
  return db.select().from(outboxMessages).where(like(outboxMessages.idempotencyKey, `${prefix}:%`));
}

/** Runs the worker until nothing is due, as the polling loop would (fast backoff for tests). */
async function drain(options: WorkerOptions, prefix: string, maxRounds = 200) {
  for (let round = 0; round < maxRounds; round++) {
    await runWorkerOnce(options);
    const rows = await rowsWithPrefix(prefix);
    if (rows.every((r) => r.status !== 'pending')) return rows;
    await new Promise((r) => setTimeout(r, 3));
  }
  throw new Error('the outbox did not drain');
}

const fast = { backoffBaseMs: 1, backoffCapMs: 4 } satisfies WorkerOptions;

let fake: FakeResend | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

const resend = (url: string) => transportFromEnv({ ...env(), RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: url });

describe('email outbox', () => {
  it('writes an email only when the transaction that caused it commits', async () => {
    const db = await getDb();
    const prefix = uniq('rollback');
    await expect(
      db.transaction(async (tx) => {
        await enqueueEmail(tx, received(prefix, 1));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await rowsWithPrefix(prefix)).toHaveLength(0);

    await db.transaction(async (tx) => {
      await enqueueEmail(tx, received(prefix, 2));
      // The same event enqueued twice (a double submit) stays one message.
      await enqueueEmail(tx, received(prefix, 2));
    });
    const rows = await rowsWithPrefix(prefix);
    expect(rows.map((r) => r.idempotencyKey)).toEqual([`${prefix}:2`]);
    expect(rows[0]!.status).toBe('pending');
  });

  it('still delivers a message queued with an older payload version, carried forward to the current one', async () => {
    const db = await getDb();
    const prefix = uniq('old-version');
    // As a server before the delivery email named its day in the reader's language wrote it.
    await db.insert(outboxMessages).values({
      template: 'letter-delivered',
      to: 'old@example.test',
      idempotencyKey: `${prefix}:1`,
      payloadVersion: 1,
      props: { campaignTitle: 'Clean water now', name: 'Amina', deliveredOn: '12 March 2026', deliveredTo: 'the Minister', letterUrl: 'https://undersigned.test/letters/water' },
    });
    const sent: Delivery[] = [];
    const capturing: Transport = { name: 'capturing', maxBatch: 1, send: async (m: Delivery) => (sent.push(m), { ok: true, providerId: `fake-${m.id}` }) };
    const rows = await drain({ ...fast, transport: capturing }, prefix);
    expect(rows.map((r) => r.status)).toEqual(['sent']);
    const mail = sent.find((m) => m.idempotencyKey === `${prefix}:1`);
    expect(mail?.text).toContain('delivered to the Minister on 12 March 2026');
  });

  it('parks a stored message whose props no longer fit, with the reason, instead of sending half of it', async () => {
    const db = await getDb();
    const prefix = uniq('bad-props');
    await db.insert(outboxMessages).values({ template: 'sign-on-received', to: 'x@example.test', idempotencyKey: `${prefix}:1`, props: { campaignTitle: 'T' } });
    const rows = await drain({ ...fast, transport: { name: 'never', maxBatch: 1, send: async () => ({ ok: true, providerId: 'no' }) } }, prefix);
    expect(rows[0]).toMatchObject({ status: 'failed' });
    expect(rows[0]!.lastError).toMatch(/statusUrl/);
  });

  it('delivers each message exactly once when two workers run at the same time', async () => {
    const db = await getDb();
    const prefix = uniq('pair');
    await enqueueEmails(db, Array.from({ length: 200 }, (_, i) => received(prefix, i)));
    const deliveries = new Map<string, number>();
    const byWorker = [0, 0];
    const counting = (worker: number): Transport => ({
      name: 'counting',
      maxBatch: 1,
      async send(m: Delivery) {
        await new Promise((r) => setTimeout(r, Math.random() * 2));
        deliveries.set(m.idempotencyKey, (deliveries.get(m.idempotencyKey) ?? 0) + 1);
        byWorker[worker]! += 1;
        return { ok: true, providerId: `fake-${m.id}` };
      },
    });

    // Small claims so that the two workers interleave many times.
    const stats = await Promise.all([0, 1].map((w) => runWorkerOnce({ transport: counting(w), claimSize: 7 })));
    const rows = await rowsWithPrefix(prefix);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(200);
    const mine = [...deliveries].filter(([key]) => key.startsWith(`${prefix}:`));
    expect(mine).toHaveLength(200);
    expect(mine.every(([, count]) => count === 1)).toBe(true);
    // Both took part, and what they report matches what the provider saw.
    expect(byWorker.every((n) => n > 0)).toBe(true);
    expect(stats[0]!.sent + stats[1]!.sent).toBe(byWorker[0]! + byWorker[1]!);
    // Sent messages keep who, which template and the subject, for the record; the content,
    // whose links carry private tokens, is the provider's now.
    expect(rows[0]!.subject).toContain('Clean water now');
    expect(rows[0]!.html).toBeNull();
    expect(JSON.stringify(rows)).not.toContain('https://undersigned.test/signed/tok-');
  });

  it('gets every message through a provider that answers 500 and 429 for a while, once each, same key every time', async () => {
    const db = await getDb();
    const prefix = uniq('outage');
    // The first five requests fail, one of them after the provider did send the batch.
    const script: Behaviour[] = ['fail-500', 'fail-429', 'lost-500', 'fail-500', 'fail-429'];
    fake = await startFakeResend(({ n }) => script[n] ?? 'ok');
    // 150 messages: a full batch of 100 and a batch of 50.
    await enqueueEmails(db, Array.from({ length: 150 }, (_, i) => received(prefix, i)));

    const rows = await drain({ transport: resend(fake.url), ...fast }, prefix);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(150);
    expect(rows.every((r) => r.providerId)).toBe(true);
    for (const row of rows) {
      expect(fake.deliveries.get(row.idempotencyKey), row.idempotencyKey).toBe(1);
      expect(fake.keysByMessage.get(row.idempotencyKey)?.size, row.idempotencyKey).toBe(1);
    }
    // Bursts went through the batch endpoint, never more than 100 to a call.
    const batchCalls = fake.requests.filter((r) => r.path === '/emails/batch');
    expect(batchCalls.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...batchCalls.map((r) => r.size))).toBe(100);
    expect(fake.requests.some((r) => r.status === 429)).toBe(true);
    expect(rows.some((r) => r.attempts > 1)).toBe(true);
  });

  it('retries a lone message under its own idempotency key until the provider recovers', async () => {
    const db = await getDb();
    const prefix = uniq('single');
    const script: Behaviour[] = ['lost-500', 'fail-429', 'fail-500'];
    fake = await startFakeResend(({ n }) => script[n] ?? 'ok');
    await enqueueEmail(db, received(prefix, 1));

    const [row] = await drain({ transport: resend(fake.url), ...fast }, prefix);
    expect(row?.status).toBe('sent');
    expect(fake.requests.filter((r) => r.path === '/emails').map((r) => r.key)).toEqual(
      Array(fake.requests.length).fill(`${prefix}:1`),
    );
    expect(fake.deliveries.get(`${prefix}:1`)).toBe(1);
  });

  it('parks a message that keeps failing, keeps it, shows it to coordinators and lets a member retry it', async () => {
    const db = await getDb();
    const owner = await createCoordinator();
    const outsider = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    const prefix = uniq('parked');
    fake = await startFakeResend(({ emails }) => (emails.some((e) => String(e.to).includes('signer-1@')) ? 'fail-500' : 'ok'));
    await enqueueEmail(db, received(prefix, 1, campaign.id));

    const [row] = await drain({ transport: resend(fake.url), ...fast, maxAttempts: 4 }, prefix);
    expect(row?.status).toBe('failed');
    expect(row?.attempts).toBe(4);
    expect(row?.lastError).toContain('500');
    expect(fake.deliveries.get(`${prefix}:1`)).toBeUndefined();
    // Parked, not dropped: the next runs leave it alone, and it is still in the table.
    await runWorkerOnce({ transport: resend(fake.url), ...fast });
    expect((await rowsWithPrefix(prefix))[0]?.status).toBe('failed');

    const failed = await listFailedMessages(campaign.id);
    expect(failed.map((m) => m.id)).toEqual([row!.id]);
    expect(failed[0]).not.toHaveProperty('props');

    await expect(retryMessage(row!.id, outsider.id)).rejects.toMatchObject({ code: 'not_found' });
    await retryMessage(row!.id, owner.id);
    await expect(retryMessage(row!.id, owner.id)).rejects.toMatchObject({ code: 'conflict' });
    const [again] = await rowsWithPrefix(prefix);
    expect(again).toMatchObject({ status: 'pending', attempts: 0, lastError: null });
    const audit = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.campaignId, campaign.id), eq(auditEvents.action, 'email.retried')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: owner.id, subjectId: row!.id });

    // Once the provider accepts it, the retried message goes out under its original key.
    await fake.close();
    fake = await startFakeResend(() => 'ok');
    const [sent] = await drain({ transport: resend(fake.url), ...fast }, prefix);
    expect(sent?.status).toBe('sent');
    expect([...(fake.keysByMessage.get(`${prefix}:1`) ?? [])]).toEqual([`${prefix}:1`]);
    expect(await listFailedMessages(campaign.id)).toEqual([]);
  });

  it('parks at once what the provider rejects as invalid, and splits a rejected batch so the rest go out', async () => {
    const db = await getDb();
    const prefix = uniq('invalid');
    fake = await startFakeResend(() => 'ok');
    const messages = Array.from({ length: 5 }, (_, i) => received(prefix, i));
    messages[2] = { ...messages[2]!, to: 'not-an-address' };
    await enqueueEmails(db, messages);
    // A strict batch fails as a whole (422) when one address is invalid; resend it one by one.
    const rejecting: Transport = {
      ...resend(fake.url),
      async sendBatch() {
        return { ok: false, retryable: false, error: '422 validation_error: Invalid `to` field.' };
      },
    };
    const base = resend(fake.url);
    const transport: Transport = {
      ...rejecting,
      send: async (m) =>
        m.to === 'not-an-address' ? { ok: false, retryable: false, error: '422 validation_error: Invalid `to` field.' } : base.send(m),
    };
    const rows = await drain({ transport, ...fast }, prefix);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(4);
    const bad = rows.find((r) => r.to === 'not-an-address');
    expect(bad).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('shows delivered development messages in the mailbox, newest first, with their absolute links', async () => {
    const db = await getDb();
    const prefix = uniq('mailbox');
    await enqueueEmail(db, received(prefix, 1));
    await new Promise((r) => setTimeout(r, 5));
    await enqueueEmail(db, { ...received(prefix, 2), to: 'signer-1@example.test' });
    // Before the worker runs, nothing is in the mailbox yet.
    expect((await listMailbox({ to: 'signer-1@example.test' })).filter((m) => m.html.includes(prefix))).toEqual([]);

    await runWorkerOnce({ transport: transportFromEnv({ NODE_ENV: 'test', RESEND_API_KEY: undefined, RESEND_BASE_URL: undefined, EMAIL_DEV_MAILBOX: undefined }) });
    const rows = await rowsWithPrefix(prefix);
    const ids = rows.map((r) => r.id);
    const mailbox = (await listMailbox({ to: 'signer-1@example.test' })).filter((m) => ids.includes(m.id));
    expect(mailbox.map((m) => m.id)).toEqual([
      rows.find((r) => r.idempotencyKey.endsWith(':2'))!.id,
      rows.find((r) => r.idempotencyKey.endsWith(':1'))!.id,
    ]);
    expect(mailbox[0]!.subject).toBe('We received your sign-on to “Clean water now”');
    expect(mailbox[0]!.links).toEqual(['https://undersigned.test/signed/tok-2']);
    await db.delete(outboxMessages).where(inArray(outboxMessages.id, ids));
    void campaignMembers;
  });
});
