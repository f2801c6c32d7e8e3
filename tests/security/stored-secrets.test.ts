import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { outboxMessages } from '@/db/schema';
import { requestSignInLink } from '@/lib/auth/sign-in';
import { mailboxTransport, type Transport } from '@/lib/email/transports';
import { runWorkerOnce } from '@/lib/email/worker';
import { env } from '@/lib/env';
import { submitSignOnForm } from '@/lib/sign-ons/commands';
import { createCampaign, createCoordinator, uniq } from '../support/factories';

/** Every text a provider was handed: what a real inbox would receive. */
function recordingProvider(): Transport & { delivered: string[] } {
  const delivered: string[] = [];
  return {
    name: 'resend',
    maxBatch: 1,
    delivered,
    send: async (m) => {
      delivered.push(m.html, m.text);
      return { ok: true, providerId: `re_${delivered.length}` };
    },
  };
}

/** Random tokens of the app's links in a message (the last path segment, or a token= parameter). */
function tokensIn(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/https?:\/\/[^\s"'<>)]+/g)) {
      const url = new URL(m[0].replaceAll('&amp;', '&'));
      if (url.origin !== new URL(env().APP_URL).origin) continue;
      const token = url.searchParams.get('token') ?? url.pathname.split('/').filter(Boolean).at(-1) ?? '';
      if (token.length >= 20) found.add(token);
    }
  }
  return [...found];
}

/** Every row of every table of the app, as text. */
async function wholeDatabase(): Promise<string> {
  const db = await getDb();
  const tables = (await db.execute(
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  )) as unknown as { rows?: { table_name: string }[] } & { table_name: string }[];
  const names = (tables.rows ?? tables).map((t) => t.table_name);
  const dumps: string[] = [];
  for (const name of names) {
    const rows = (await db.execute(sql`SELECT row_to_json(t)::text AS j FROM ${sql.identifier(name)} t`)) as unknown as
      { rows?: { j: string }[] } & { j: string }[];
    dumps.push(...(rows.rows ?? rows).map((r) => r.j));
  }
  return dumps.join('\n');
}

describe('secrets at rest', () => {
  it('keeps no raw token in any table once a provider has the emails', async () => {
    const campaign = await createCampaign();
    const coordinator = await createCoordinator();
    const email = `${uniq('signer')}@example.test`;
    await submitSignOnForm(
      { kind: 'individual', displayName: 'Ana Lima', email, country: 'BR' },
      campaign.slug,
      { ip: '192.0.2.10' },
    );
    await requestSignInLink(coordinator.email, '/dashboard', '192.0.2.11');

    const provider = recordingProvider();
    for (let i = 0; i < 5; i++) await runWorkerOnce({ transport: provider });
    const tokens = tokensIn(provider.delivered);
    // The verification email carries a confirm and a status link; the sign-in email its own.
    expect(tokens.length).toBeGreaterThanOrEqual(3);

    const stored = await wholeDatabase();
    for (const token of tokens) expect(stored, 'a raw token stayed in the database').not.toContain(token);

    // What stays: who, which template, the subject and when.
    const db = await getDb();
    const kept = await db.select().from(outboxMessages).where(sql`${outboxMessages.to} IN (${email}, ${coordinator.email})`);
    expect(kept.map((m) => m.template).sort()).toEqual(['coordinator-sign-in', 'sign-on-verification']);
    for (const m of kept) {
      expect(m.status).toBe('sent');
      expect(m.subject).toBeTruthy();
      expect(m.sentAt).toBeInstanceOf(Date);
      expect(m.html).toBeNull();
    }
  });

  it('keeps the rendered message in the development mailbox, which is the inbox itself', async () => {
    const campaign = await createCampaign();
    const email = `${uniq('signer')}@example.test`;
    await submitSignOnForm({ kind: 'individual', displayName: 'Ana Lima', email }, campaign.slug, { ip: '192.0.2.12' });
    for (let i = 0; i < 3; i++) await runWorkerOnce({ transport: mailboxTransport });
    const db = await getDb();
    const [message] = await db.select().from(outboxMessages).where(sql`${outboxMessages.to} = ${email}`);
    expect(message?.html).toContain('/verify/');
  });
});
