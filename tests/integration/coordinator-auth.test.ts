import { Auth, raw, skipCSRFCheck } from '@auth/core';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { sessions } from '@/db/schema';
import { authConfig } from '@/lib/auth/config';
import { requestSignInLink } from '@/lib/auth/sign-in';
import { hashToken } from '@/lib/security/tokens';
import { createCoordinator, uniq } from '../support/factories';
import { outboxTo } from '../support/records';

/** Asks for a link the way the Auth.js endpoint does, and returns its raw answer. */
async function askForLink(email: string) {
  const started = performance.now();
  const response = await Auth(
    new Request('http://localhost:3000/api/auth/signin/email', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, callbackUrl: 'http://localhost:3000/dashboard' }),
    }),
    { ...authConfig(), raw, skipCSRFCheck } as never,
  );
  return { response: response as unknown as { redirect?: string; cookies?: unknown[] }, ms: performance.now() - started };
}

describe('coordinator sign-in', () => {
  it('answers a coordinator and a stranger alike, and only emails the coordinator', async () => {
    const coordinator = await createCoordinator();
    const stranger = `${uniq('stranger')}@example.test`;
    const a = await askForLink(coordinator.email);
    const b = await askForLink(stranger);
    expect(a.response.redirect).toBe(b.response.redirect);
    expect(a.response.redirect).toContain('verify-request');
    expect(await outboxTo(stranger)).toHaveLength(0);
    const mails = await outboxTo(coordinator.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.template).toBe('coordinator-sign-in');
    expect(String(mails[0]!.props.url)).toContain('/sign-in/confirm?');
  });

  it('takes about as long for a stranger as for a coordinator', async () => {
    const coordinator = await createCoordinator();
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 15; i++) {
      known.push((await askForLink(coordinator.email)).ms);
      unknown.push((await askForLink(`${uniq('nobody')}@example.test`)).ms);
    }
    // The only extra work for a coordinator is one outbox insert; a gap large enough to tell
    // the two apart over a network would show here.
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(25);
    console.info(`sign-in request median: coordinator ${median(known).toFixed(1)} ms, stranger ${median(unknown).toFixed(1)} ms`);
  });

  it('signs in through the emailed link once, storing only a hash of the session token', async () => {
    const coordinator = await createCoordinator();
    await requestSignInLink(coordinator.email, '/dashboard');
    const [mail] = await outboxTo(coordinator.email);
    const link = new URL(String(mail!.props.url));
    expect(link.pathname).toBe('/sign-in/confirm');
    expect(mail!.props.expiresInMinutes).toBe(10);

    // What the confirmation page's button submits.
    const callback = new URL('http://localhost:3000/api/auth/callback/email');
    for (const key of ['token', 'email', 'callbackUrl']) callback.searchParams.set(key, link.searchParams.get(key)!);
    const result = (await Auth(new Request(callback), { ...authConfig(), raw } as never)) as unknown as {
      redirect: string;
      cookies: { name: string; value: string }[];
    };
    expect(result.redirect).toBe('http://localhost:3000/dashboard');
    const cookie = result.cookies.find((c) => c.name.endsWith('authjs.session-token'));
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43);

    const db = await getDb();
    const rows = await db.select().from(sessions).where(eq(sessions.userId, coordinator.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sessionToken).toBe(hashToken(cookie!.value));
    expect(rows[0]!.sessionToken).not.toBe(cookie!.value);

    const adapter = authConfig().adapter!;
    const found = await adapter.getSessionAndUser!(cookie!.value);
    expect(found?.user.id).toBe(coordinator.id);
    expect(await adapter.getSessionAndUser!(rows[0]!.sessionToken)).toBeNull();

    // The token is single use.
    await expect(Auth(new Request(callback), { ...authConfig(), raw } as never)).rejects.toMatchObject({ name: 'Verification' });

    await adapter.deleteSession!(cookie!.value);
    expect(await db.select().from(sessions).where(eq(sessions.userId, coordinator.id))).toHaveLength(0);
  });
});

describe('sign-in request limits', () => {
  it('limits requests per address the same way for coordinators and strangers', async () => {
    const coordinator = await createCoordinator();
    const stranger = `${uniq('stranger')}@example.test`;
    for (const email of [coordinator.email, stranger]) {
      for (let i = 0; i < 5; i++) await requestSignInLink(email, '/dashboard', '192.0.2.1');
      await expect(requestSignInLink(email, '/dashboard', '192.0.2.1')).rejects.toMatchObject({ code: 'rate_limited' });
    }
    expect(await outboxTo(coordinator.email)).toHaveLength(5);
  });
});
