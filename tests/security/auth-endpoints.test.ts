import { eq, inArray } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { campaigns, outboxMessages } from '@/db/schema';
import { GET, POST } from '@/app/api/auth/[...nextauth]/route';
import { hashedSessionAdapter } from '@/lib/auth/adapter';
import { createCampaign as createCampaignCommand } from '@/lib/campaigns/commands';
import { createCampaignSchema } from '@/lib/campaigns/schemas';
import { newToken } from '@/lib/security/tokens';
import { createCoordinator, uniq } from '../support/factories';

const base = 'http://localhost:3000/api/auth';

/** What an attacker sends to Auth.js's own endpoint, bypassing the sign-in page. */
const askAuthJs = (email: string) =>
  POST(
    new NextRequest(`${base}/signin/email`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, callbackUrl: '/dashboard' }),
    }),
  );

async function signInEmailsTo(email: string) {
  const db = await getDb();
  return db.select().from(outboxMessages).where(eq(outboxMessages.to, email));
}

describe('Auth.js endpoints', () => {
  it('sends sign-in emails through POST /api/auth/signin/email only within the per-address limit', async () => {
    const coordinator = await createCoordinator();
    const answers: (string | null)[] = [];
    for (let i = 0; i < 12; i++) answers.push((await askAuthJs(coordinator.email)).headers.get('location'));
    expect(await signInEmailsTo(coordinator.email)).toHaveLength(5);
    expect(answers.slice(0, 5).every((a) => a?.endsWith('/sign-in/check-email'))).toBe(true);
    expect(answers.at(-1)).toContain('/sign-in?error=RateLimited');
  });

  it('answers a stranger exactly as a coordinator, and emails only the coordinator', async () => {
    const coordinator = await createCoordinator();
    const stranger = `${uniq('stranger')}@example.test`;
    const a = await askAuthJs(coordinator.email);
    const b = await askAuthJs(stranger);
    expect([a.status, a.headers.get('location')]).toEqual([b.status, b.headers.get('location')]);
    expect(await signInEmailsTo(stranger)).toHaveLength(0);
    expect(await signInEmailsTo(coordinator.email)).toHaveLength(1);
  });

  it('never returns the session token in GET /api/auth/session', async () => {
    const coordinator = await createCoordinator();
    const token = newToken();
    await hashedSessionAdapter().createSession!({ sessionToken: token, userId: coordinator.id, expires: new Date(Date.now() + 3600_000) });
    const response = await GET(new NextRequest(`${base}/session`, { headers: { cookie: `authjs.session-token=${token}` } }));
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ user: { id: coordinator.id, email: coordinator.email } });
    expect(body).not.toContain(token);
    expect(body).not.toContain('sessionToken');
    expect(body).not.toContain('userId');
  });
});

describe('starting a campaign', () => {
  it('is for coordinators the operator added, not for one only invited to another campaign', async () => {
    const invited = await createCoordinator(undefined, { canCreateCampaigns: false });
    const input = { title: 'A letter of my own', slug: uniq('own'), language: 'en' };
    await expect(createCampaignCommand(input, { id: invited.id })).rejects.toMatchObject({ code: 'forbidden' });
    const added = await createCoordinator();
    await expect(createCampaignCommand({ ...input, slug: uniq('own') }, { id: added.id })).resolves.toMatchObject({ id: expect.any(String) });
  });
});

describe('a campaign started from its title alone', () => {
  it('gets the next free address made from the title, while an address typed by hand must be free', async () => {
    const owner = await createCoordinator();
    const title = `Rivers ${uniq('t')}`;
    const derived = createCampaignSchema.parse({ title, slug: '' });
    const first = await createCampaignCommand(derived, { id: owner.id });
    const second = await createCampaignCommand(derived, { id: owner.id });
    const db = await getDb();
    const slugs = await db.select({ slug: campaigns.slug }).from(campaigns).where(inArray(campaigns.id, [first.id, second.id]));
    expect(slugs.map((s) => s.slug).sort()).toEqual([derived.slug, `${derived.slug}-2`]);
    const typed = createCampaignSchema.parse({ title, slug: derived.slug });
    await expect(createCampaignCommand(typed, { id: owner.id })).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { slug: [expect.any(String)] } });
  });
});
