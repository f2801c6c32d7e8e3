// Addresses exempt from rate limits, so concurrency is tested on the unique indexes alone.
process.env.BENCH_RATE_LIMIT_BYPASS = 'bench@example.test';
// Requests to the route handler arrive as through one proxy that appends X-Forwarded-For.
process.env.TRUSTED_PROXY_HOPS = '1';

import { and, asc, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, campaigns, outboxMessages, rateLimits, signOns, signOnTokens } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { env } from '@/lib/env';
import { getCounts } from '@/lib/lists/queries';
import {
  editSignOn,
  requestNewVerificationLink,
  requestStatusLink,
  signOnRateLimits,
  submitSignOnForm,
  verifySignOn,
  withdrawSignOn,
} from '@/lib/sign-ons/commands';
import { getSignerStatus, getVerifyLinkState } from '@/lib/sign-ons/queries';
import { POST as postSignOn } from '@/app/letters/[slug]/sign/route';
import { createCampaign, uniq } from '../support/factories';

const org = (over: Record<string, string> = {}) => ({
  kind: 'organization',
  displayName: '  River   Watch  ',
  acronym: 'RW',
  country: 'KE',
  website: 'https://riverwatch.example.org',
  contactName: 'Ada Obi',
  contactRole: 'Director',
  email: `${uniq('org')}@example.test`,
  authorized: 'on',
  comment: 'Glad to sign.',
  keepInformed: 'on',
  ...over,
});

const individual = (over: Record<string, string> = {}) => ({
  kind: 'individual',
  displayName: 'Kim Min-jun',
  title: 'River ecologist',
  country: 'KR',
  email: `${uniq('person')}@example.test`,
  ...over,
});

const ip = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function outbox(campaignId: string) {
  const db = await getDb();
  // Oldest first: PostgreSQL returns rows in no particular order without one.
  return db.select().from(outboxMessages).where(eq(outboxMessages.campaignId, campaignId)).orderBy(asc(outboxMessages.createdAt));
}

async function rows(campaignId: string) {
  const db = await getDb();
  return db.select().from(signOns).where(eq(signOns.campaignId, campaignId));
}

const tokenFrom = (url: unknown) => String(url).split('/').filter(Boolean).at(-1)!;

async function confirmUrlOf(campaignId: string, to: string): Promise<string> {
  const messages = (await outbox(campaignId)).filter((m) => m.to === to && m.template === 'sign-on-verification');
  return String(messages.at(-1)!.props.confirmUrl);
}

async function catchError(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('sign-on submission', () => {
  it('stores a pending sign-on with its version, keys and original submission, and queues one verification email', async () => {
    const campaign = await createCampaign({ currentVersion: 1 });
    const form = org({ email: 'Info.Desk+letters@Example.test' });
    const result = await submitSignOnForm(form, campaign.slug, { ip: ip() });
    // The letter's language comes back so the form can land on its page in the signer's language.
    expect(result).toEqual({ outcome: 'check_email', slug: campaign.slug, language: 'en' });

    const [row, ...rest] = await rows(campaign.id);
    expect(rest).toHaveLength(0);
    expect(row).toMatchObject({
      status: 'pending_verification',
      kind: 'organization',
      displayName: 'River Watch',
      canonicalEmail: 'info.desk@example.test',
      normalizedName: 'river watch',
      versionSigned: 1,
      country: 'KE',
      authorized: true,
      keepInformed: true,
    });
    expect(row!.originalSubmission).toMatchObject({ displayName: 'River Watch', email: 'Info.Desk+letters@Example.test' });

    const messages = await outbox(campaign.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ template: 'sign-on-verification', to: 'Info.Desk+letters@Example.test' });
    expect(String(messages[0]!.props.confirmUrl)).toMatch(/\/verify\/[A-Za-z0-9_-]{43}$/);
    expect(String(messages[0]!.props.statusUrl)).toMatch(/\/signed\/[A-Za-z0-9_-]{43}$/);

    // Only hashes are stored.
    const db = await getDb();
    const tokens = await db.select().from(signOnTokens).where(eq(signOnTokens.signOnId, row!.id));
    expect(tokens.map((t) => t.tokenHash)).not.toContain(tokenFrom(messages[0]!.props.confirmUrl));
  });

  it('makes one row and one email from 50 concurrent identical submissions', async () => {
    const campaign = await createCampaign();
    const form = individual({ email: 'bench@example.test' });
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => submitSignOnForm(form, campaign.slug, { ip: ip() })),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await rows(campaign.id)).toHaveLength(1);
    expect(await outbox(campaign.id)).toHaveLength(1);
  });

  it('keeps one row and one email when 50 identical submissions race through the rate limits', async () => {
    const campaign = await createCampaign();
    const form = org();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => submitSignOnForm(form, campaign.slug, { ip: `10.9.0.${i}` })),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'rate_limited' });
    expect(await rows(campaign.id)).toHaveLength(1);
    expect(await outbox(campaign.id)).toHaveLength(1);
  });

  it('re-sends a fresh link to a pending address (after a short cooldown) instead of making a row', async () => {
    const campaign = await createCampaign();
    const form = individual();
    await submitSignOnForm(form, campaign.slug, { ip: ip() });
    await submitSignOnForm({ ...form, displayName: 'Kim M.' }, campaign.slug, { ip: ip() });
    expect(await outbox(campaign.id)).toHaveLength(1);

    // Once the cooldown has passed, a new submission sends a new link.
    const db = await getDb();
    const [row] = await rows(campaign.id);
    await db.update(signOnTokens).set({ createdAt: new Date(Date.now() - 10 * 60_000) }).where(eq(signOnTokens.signOnId, row!.id));
    await submitSignOnForm(form, campaign.slug, { ip: ip() });
    const messages = await outbox(campaign.id);
    expect(messages).toHaveLength(2);
    expect(messages[0]!.props.confirmUrl).not.toEqual(messages[1]!.props.confirmUrl);
    expect(await rows(campaign.id)).toHaveLength(1);
    // The first link still works: the newest one is not the only valid one.
    await verifySignOn(tokenFrom(messages[0]!.props.confirmUrl));
    expect((await rows(campaign.id))[0]!.status).toBe('verified');
  });

  it('emails a confirmed signer who lost their link a fresh one, and the same answer to anyone else', async () => {
    const campaign = await createCampaign();
    const form = org();
    await submitSignOnForm(form, campaign.slug, { ip: ip() });
    await verifySignOn(tokenFrom(await confirmUrlOf(campaign.id, form.email)));
    const db = await getDb();
    const known = await requestStatusLink({ email: form.email.toUpperCase() }, campaign.slug, { ip: ip() });
    const stranger = await requestStatusLink({ email: `${uniq('nobody')}@example.test` }, campaign.slug, { ip: ip() });
    expect(known).toEqual(stranger);
    const links = (await outbox(campaign.id)).filter((m) => m.template === 'sign-on-status-link');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ to: form.email, props: { name: 'Ada Obi' } });
    const status = await getSignerStatus(tokenFrom(links[0]!.props.statusUrl));
    expect(status?.status).toBe('verified');

    // Asking again at once sends nothing more; a pending address gets its confirmation link again.
    await requestStatusLink({ email: form.email }, campaign.slug, { ip: ip() });
    expect((await outbox(campaign.id)).filter((m) => m.template === 'sign-on-status-link')).toHaveLength(1);
    const pending = individual();
    await submitSignOnForm(pending, campaign.slug, { ip: ip() });
    await db.update(signOnTokens).set({ createdAt: new Date(Date.now() - 10 * 60_000) });
    await requestStatusLink({ email: pending.email }, campaign.slug, { ip: ip() });
    expect((await outbox(campaign.id)).filter((m) => m.to === pending.email && m.template === 'sign-on-verification')).toHaveLength(2);
    await expect(requestStatusLink({ email: 'not an address' }, campaign.slug, { ip: ip() })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('answers new, pending and already-signed addresses with byte-identical responses', async () => {
    const campaign = await createCampaign();
    const post = async (form: Record<string, string>) => {
      const res = await postSignOn(
        new Request(`http://localhost/letters/${campaign.slug}/sign`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip() },
          body: new URLSearchParams(form).toString(),
        }),
        { params: Promise.resolve({ slug: campaign.slug }) },
      );
      return { status: res.status, headers: [...res.headers.entries()], body: await res.text() };
    };
    const form = individual();
    const fresh = await post(form);
    const pending = await post(form);
    await verifySignOn(tokenFrom(await confirmUrlOf(campaign.id, form.email)));
    const signed = await post(form);
    const other = await post(individual());
    expect(fresh.status).toBe(303);
    expect(pending).toEqual(fresh);
    expect(signed).toEqual(fresh);
    expect(other).toEqual(fresh);
    // The already-signed address got nothing new.
    expect((await outbox(campaign.id)).filter((m) => m.to === form.email).map((m) => m.template)).toEqual([
      'sign-on-verification',
      'sign-on-received',
    ]);
  });

  it('refuses over-limit submissions without storing a row or queueing an email', async () => {
    const campaign = await createCampaign();
    const address = ip();
    const perIp = signOnRateLimits.perIp.limit;
    for (let i = 0; i < perIp; i++) await submitSignOnForm(individual(), campaign.slug, { ip: address });
    const error = await catchError(submitSignOnForm(individual(), campaign.slug, { ip: address }));
    expect(error.code).toBe('rate_limited');
    expect(await rows(campaign.id)).toHaveLength(perIp);
    expect(await outbox(campaign.id)).toHaveLength(perIp);

    // Per address: the fourth attempt from anywhere is refused.
    const campaign2 = await createCampaign();
    const form = org();
    for (let i = 0; i < 3; i++) await submitSignOnForm({ ...form, displayName: `Org ${i}` }, campaign2.slug, { ip: ip() });
    const error2 = await catchError(submitSignOnForm({ ...form, displayName: 'Org 4' }, campaign2.slug, { ip: ip() }));
    expect(error2.code).toBe('rate_limited');
    expect(await rows(campaign2.id)).toHaveLength(3);
    expect(await outbox(campaign2.id)).toHaveLength(3);

    // The route handler says 429 to non-browser clients.
    const res = await postSignOn(
      new Request(`http://localhost/letters/${campaign.slug}/sign`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
        body: new URLSearchParams(individual()).toString(),
      }),
      { params: Promise.resolve({ slug: campaign.slug }) },
    );
    expect(res.status).toBe(429);
    expect(await rows(campaign.id)).toHaveLength(perIp);
  });

  it('lets one office sign many organizations, and holds a per-letter ceiling against many addresses', async () => {
    const campaign = await createCampaign();
    const office = ip();
    for (let i = 0; i < 6; i++) {
      await submitSignOnForm({ ...org(), displayName: `Coalition member ${i}` }, campaign.slug, { ip: office });
    }
    expect(await rows(campaign.id)).toHaveLength(6);

    const ceiling = env().SIGN_ON_CEILING_PER_MINUTE;
    const db = await getDb();
    // As if the ceiling's worth of other addresses had signed within this minute.
    await db
      .insert(rateLimits)
      .values({ key: `sign-on:letter:${campaign.id}`, windowStart: new Date(Math.floor(Date.now() / 60_000) * 60_000), count: ceiling })
      .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: ceiling } });
    const error = await catchError(submitSignOnForm(individual(), campaign.slug, { ip: ip() }));
    expect(error.code).toBe('rate_limited');
    expect(await rows(campaign.id)).toHaveLength(6);
  });

  it('counts rate limits atomically in the database', async () => {
    const db = await getDb();
    const campaign = await createCampaign();
    const address = ip();
    const perIp = signOnRateLimits.perIp.limit;
    await Promise.allSettled(Array.from({ length: perIp + 3 }, () => submitSignOnForm(individual(), campaign.slug, { ip: address })));
    const [limit] = await db.select().from(rateLimits).where(eq(rateLimits.key, `sign-on:ip:${campaign.id}:${address}`));
    expect(limit!.count).toBe(perIp + 3);
    expect(await rows(campaign.id)).toHaveLength(perIp);
  });

  it('pretends success to a filled honeypot and stores nothing', async () => {
    const campaign = await createCampaign();
    const result = await submitSignOnForm({ ...org(), homepage_url: 'http://spam.example' }, campaign.slug, { ip: ip() });
    expect(result.outcome).toBe('check_email');
    expect(await rows(campaign.id)).toHaveLength(0);
    expect(await outbox(campaign.id)).toHaveLength(0);
  });

  it('records the version the signer read, and refuses a form shown with an older version', async () => {
    const db = await getDb();
    const campaign = await createCampaign();
    await submitSignOnForm({ ...individual(), versionSeen: '1' }, campaign.slug, { ip: ip() });
    expect((await rows(campaign.id))[0]!.versionSigned).toBe(1);
    await db.update(campaigns).set({ currentVersion: 2 }).where(eq(campaigns.id, campaign.id));
    const error = await catchError(submitSignOnForm({ ...individual(), versionSeen: '1' }, campaign.slug, { ip: ip() }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/letter was updated/);
    expect(await rows(campaign.id)).toHaveLength(1);
  });

  it('refuses sign-ons once the deadline has passed, with no cron involved', async () => {
    const campaign = await createCampaign({ deadline: new Date(Date.now() - 1000) });
    const error = await catchError(submitSignOnForm(org(), campaign.slug, { ip: ip() }));
    expect(error.code).toBe('invalid_transition');
    expect(await rows(campaign.id)).toHaveLength(0);
  });
});

describe('bad input', () => {
  const long = (n: number) => 'x'.repeat(n);
  const cases: [string, Record<string, string>, string][] = [
    ['organization name over 200', org({ displayName: long(201) }), 'displayName'],
    ['empty organization name', org({ displayName: '   ' }), 'displayName'],
    ['acronym over 20', org({ acronym: long(21) }), 'acronym'],
    ['title over 300', individual({ title: long(301) }), 'title'],
    ['website over 300', org({ website: `https://example.org/${long(290)}` }), 'website'],
    ['javascript: website', org({ website: 'javascript:alert(1)' }), 'website'],
    ['data: website', org({ website: 'data:text/html,hi' }), 'website'],
    ['contact name over 200', org({ contactName: long(201) }), 'contactName'],
    ['empty contact name', org({ contactName: '' }), 'contactName'],
    ['contact role over 200', org({ contactRole: long(201) }), 'contactRole'],
    ['email over 254', org({ email: `${long(250)}@example.org` }), 'email'],
    ['empty email', individual({ email: '' }), 'email'],
    ['not an email', individual({ email: 'not-an-email' }), 'email'],
    ['comment over 2000', individual({ comment: long(2001) }), 'comment'],
    ['invalid country code', org({ country: 'XX' }), 'country'],
    ['lower-case free-text country', individual({ country: 'United Kingdom' }), 'country'],
    ['missing organization country', org({ country: '' }), 'country'],
    ['individual claiming international', individual({ country: 'international' }), 'country'],
    ['authorization not ticked', org({ authorized: '' }), 'authorized'],
    ['control character in a name', org({ displayName: 'River\u0000Watch' }), 'displayName'],
    ['escape character in a name', individual({ displayName: 'Kim\u001b[31m' }), 'displayName'],
    ['bidi override in a name', individual({ displayName: 'Kim \u202Egnp.exe' }), 'displayName'],
    ['bidi isolate in an acronym', org({ acronym: '\u2066RW\u2069' }), 'acronym'],
    ['unknown kind', { ...individual(), kind: 'robot' }, 'kind'],
  ];

  it.each(cases)('%s → field error, nothing stored', async (_name, form, field) => {
    const campaign = await createCampaign();
    const error = await catchError(submitSignOnForm(form, campaign.slug, { ip: ip() }));
    expect(error.code).toBe('invalid_input');
    expect(error.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect(await rows(campaign.id)).toHaveLength(0);
    expect(await outbox(campaign.id)).toHaveLength(0);
  });

  it('keeps names exactly as typed apart from whitespace', async () => {
    const campaign = await createCampaign();
    await submitSignOnForm(individual({ displayName: '  Émilie   Laurent-Ø\t', title: '환경 연구자' }), campaign.slug, { ip: ip() });
    const [row] = await rows(campaign.id);
    expect(row).toMatchObject({ displayName: 'Émilie Laurent-Ø', title: '환경 연구자' });
  });

  it('answers a 1 MB body with a 4xx and stores nothing', async () => {
    const campaign = await createCampaign();
    const body = new URLSearchParams({ ...org(), comment: long(1024 * 1024) }).toString();
    const res = await postSignOn(
      new Request(`http://localhost/letters/${campaign.slug}/sign`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }),
      { params: Promise.resolve({ slug: campaign.slug }) },
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await rows(campaign.id)).toHaveLength(0);
  });

  it('answers field errors with 400 on the route handler', async () => {
    const campaign = await createCampaign();
    const res = await postSignOn(
      new Request(`http://localhost/letters/${campaign.slug}/sign`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(org({ website: 'javascript:alert(1)', email: '' })).toString(),
      }),
      { params: Promise.resolve({ slug: campaign.slug }) },
    );
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { fields: Record<string, string[]> } };
    expect(Object.keys(json.error.fields).sort()).toEqual(['email', 'website']);
  });
});

/** A new campaign signed once through the form, with the confirmation token from the queued email. */
async function signedOnce(campaignInput: Parameters<typeof createCampaign>[0], form: ReturnType<typeof org> | ReturnType<typeof individual>) {
  const campaign = await createCampaign(campaignInput);
  await submitSignOnForm(form, campaign.slug, { ip: ip() });
  return { campaign, token: tokenFrom(await confirmUrlOf(campaign.id, form.email)) };
}

describe('verification', () => {
  it('shows the confirmation page without using the link', async () => {
    const db = await getDb();
    const form = individual();
    const { campaign, token } = await signedOnce({}, form);
    const before = { rows: await rows(campaign.id), tokens: await db.select().from(signOnTokens), audit: await db.select({ n: count() }).from(auditEvents) };
    for (let i = 0; i < 3; i++) expect((await getVerifyLinkState(token))?.state).toBe('ready');
    expect(await rows(campaign.id)).toEqual(before.rows);
    expect(await db.select().from(signOnTokens)).toEqual(before.tokens);
    expect(await db.select({ n: count() }).from(auditEvents)).toEqual(before.audit);
  });

  it('verifies once (review policy): verified, audit event, "received" email with a status link', async () => {
    const db = await getDb();
    const form = org();
    const { campaign, token } = await signedOnce({ approvalPolicy: 'review_all' }, form);

    const result = await verifySignOn(token);
    expect(result.status).toBe('verified');
    const [row] = await rows(campaign.id);
    expect(row!.status).toBe('verified');
    expect(row!.verifiedAt).toBeInstanceOf(Date);
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, row!.id), eq(auditEvents.action, 'sign-on.verified')));
    expect(events).toHaveLength(1);
    const received = (await outbox(campaign.id)).find((m) => m.template === 'sign-on-received');
    expect(String(received?.props.statusUrl)).toMatch(/\/signed\//);
    const status = await getSignerStatus(tokenFrom(received!.props.statusUrl));
    expect(status).toMatchObject({ status: 'verified', versionSigned: 1, displayName: 'River Watch' });
    expect(status).not.toHaveProperty('email');
    expect(await getSignerStatus(result.accessToken)).toMatchObject({ status: 'verified' });

    // Used: a second press fails clearly and changes nothing.
    const again = await catchError(verifySignOn(token));
    expect(again.code).toBe('conflict');
    expect(again.message).toMatch(/already been used/);
    expect((await getVerifyLinkState(token))?.state).toBe('used');
    expect((await outbox(campaign.id)).filter((m) => m.template === 'sign-on-received')).toHaveLength(1);
  });

  it('spends a link once when the button is pressed many times at once', async () => {
    const form = individual();
    const { campaign, token } = await signedOnce({ approvalPolicy: 'auto_all' }, form);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => verifySignOn(token)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await outbox(campaign.id)).filter((m) => m.template === 'sign-on-approved')).toHaveLength(1);
    expect((await getCounts(campaign.id)).individuals).toBe(1);
  });

  it('refuses expired and unknown links clearly, and offers a new link', async () => {
    const db = await getDb();
    const form = individual();
    const { campaign, token } = await signedOnce({}, form);
    const [row] = await rows(campaign.id);
    await db.update(signOnTokens).set({ expiresAt: new Date(Date.now() - 1000), createdAt: new Date(Date.now() - 49 * 3600_000) }).where(eq(signOnTokens.signOnId, row!.id));

    expect((await getVerifyLinkState(token))?.state).toBe('expired');
    const expired = await catchError(verifySignOn(token));
    expect(expired.message).toMatch(/expired/);
    expect((await rows(campaign.id))[0]!.status).toBe('pending_verification');

    expect(await getVerifyLinkState('A'.repeat(43))).toBeNull();
    expect((await catchError(verifySignOn('A'.repeat(43)))).code).toBe('not_found');

    // A new link, on request, works.
    await requestNewVerificationLink({ email: form.email.toUpperCase() }, campaign.slug, { ip: ip() });
    const fresh = tokenFrom(await confirmUrlOf(campaign.id, form.email));
    expect(fresh).not.toBe(token);
    await verifySignOn(fresh);
    expect((await rows(campaign.id))[0]!.status).toBe('verified');

    // Unknown addresses get the same answer and no email.
    const before = (await outbox(campaign.id)).length;
    expect(await requestNewVerificationLink({ email: 'nobody@example.test' }, campaign.slug, { ip: ip() })).toEqual({ outcome: 'check_email', slug: campaign.slug, language: 'en' });
    expect(await outbox(campaign.id)).toHaveLength(before);
  });

  it('approves at verification under auto-approval, and the summary sentence changes', async () => {
    const campaign = await createCampaign({ approvalPolicy: 'auto_all' });
    expect((await getCounts(campaign.id)).summary).toBe('No signatories yet');
    const a = org({ country: 'KE' });
    const b = individual({ country: 'NO' });
    for (const form of [a, b]) {
      await submitSignOnForm(form, campaign.slug, { ip: ip() });
      expect((await verifySignOn(tokenFrom(await confirmUrlOf(campaign.id, form.email)))).status).toBe('approved');
    }
    expect((await getCounts(campaign.id)).summary).toBe('1 organization and 1 individual from 2 countries');
    const approved = (await outbox(campaign.id)).filter((m) => m.template === 'sign-on-approved');
    expect(approved).toHaveLength(2);
    expect(String(approved[0]!.props.letterUrl)).toContain(`/letters/${campaign.slug}`);
  });

  it('auto-approves only individuals under auto_individuals', async () => {
    const campaign = await createCampaign({ approvalPolicy: 'auto_individuals' });
    const a = org();
    const b = individual();
    await submitSignOnForm(a, campaign.slug, { ip: ip() });
    await submitSignOnForm(b, campaign.slug, { ip: ip() });
    expect((await verifySignOn(tokenFrom(await confirmUrlOf(campaign.id, a.email)))).status).toBe('verified');
    expect((await verifySignOn(tokenFrom(await confirmUrlOf(campaign.id, b.email)))).status).toBe('approved');
  });
});

describe('signer self-service', () => {
  async function approvedSignOn(form: Record<string, string> = org()) {
    const campaign = await createCampaign({ approvalPolicy: 'auto_all' });
    await submitSignOnForm(form, campaign.slug, { ip: ip() });
    const { accessToken } = await verifySignOn(tokenFrom(await confirmUrlOf(campaign.id, form.email!)));
    return { campaign, accessToken };
  }

  it('edits public fields; an approved entry goes back to review with before/after in the audit', async () => {
    const db = await getDb();
    const { campaign, accessToken } = await approvedSignOn();
    expect((await getCounts(campaign.id)).organizations).toBe(1);
    const result = await editSignOn(accessToken, { displayName: 'River Watch International', acronym: 'RWI', country: 'international', website: '' });
    expect(result).toEqual({ status: 'verified', changed: true });
    const [row] = await rows(campaign.id);
    expect(row).toMatchObject({ displayName: 'River Watch International', acronym: 'RWI', country: null, website: null, status: 'verified', normalizedName: 'river watch international' });
    expect((await getCounts(campaign.id)).organizations).toBe(0);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, row!.id), eq(auditEvents.action, 'sign-on.edited')));
    expect(event!.data).toMatchObject({ before: { displayName: 'River Watch', acronym: 'RW' }, after: { displayName: 'River Watch International' }, statusBefore: 'approved', statusAfter: 'verified' });
    // The original submission is kept.
    expect(row!.originalSubmission).toMatchObject({ displayName: 'River Watch' });

    const bad = await catchError(editSignOn(accessToken, { displayName: '', country: 'XX' }));
    expect(bad.code).toBe('invalid_input');
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['country', 'displayName']);
  });

  it('withdraws: the entry leaves the counts at once and old links cannot revive it', async () => {
    const form = individual();
    const { campaign, accessToken } = await approvedSignOn(form);
    expect((await getCounts(campaign.id)).individuals).toBe(1);
    await withdrawSignOn(accessToken);
    expect((await getCounts(campaign.id)).individuals).toBe(0);
    expect((await getSignerStatus(accessToken))).toMatchObject({ status: 'withdrawn', canEdit: false, canWithdraw: false });
    expect((await catchError(withdrawSignOn(accessToken))).code).toBe('invalid_transition');
    // The same address may sign again after withdrawing.
    await submitSignOnForm(form, campaign.slug, { ip: ip() });
    expect((await rows(campaign.id)).map((r) => r.status).sort()).toEqual(['pending_verification', 'withdrawn']);
  });

  it('is read-only after the lock', async () => {
    const db = await getDb();
    const { campaign, accessToken } = await approvedSignOn();
    await db.update(campaigns).set({ status: 'locked', lockedAt: new Date() }).where(eq(campaigns.id, campaign.id));
    expect(await getSignerStatus(accessToken)).toMatchObject({ canEdit: false, canWithdraw: false, status: 'approved' });
    expect((await catchError(editSignOn(accessToken, { displayName: 'Changed', country: 'KE' }))).code).toBe('invalid_transition');
    expect((await catchError(withdrawSignOn(accessToken))).code).toBe('invalid_transition');
    expect((await rows(campaign.id))[0]!.status).toBe('approved');
  });

  it('refuses unknown status links', async () => {
    expect(await getSignerStatus('B'.repeat(43))).toBeNull();
    expect((await catchError(withdrawSignOn('B'.repeat(43)))).code).toBe('not_found');
  });
});
