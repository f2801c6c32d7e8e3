// Requests arrive as through one proxy that appends X-Forwarded-For, each from its own address.
process.env.TRUSTED_PROXY_HOPS = '1';

// Every public and coordinator input, fed the corpus: a clear refusal or the value kept as
// typed (and shown inert, see tests/e2e/bad-input.spec.ts), never an internal error.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { letterVersions, outboxMessages, signOns } from '@/db/schema';
import { POST as postSignOn } from '@/app/letters/[slug]/sign/route';
import { parseOrThrow } from '@/lib/actions/validated-action';
import { createCampaign as createCampaignCommand, updateCampaignSettings } from '@/lib/campaigns/commands';
import { createCampaignSchema, settingsSchema } from '@/lib/campaigns/schemas';
import { DomainError, errorResponse, type DomainErrorCode } from '@/lib/errors';
import { getCampaignDto, getSignatoriesDto, signatoriesCsvResponse } from '@/lib/lists/api';
import { exportResponse } from '@/lib/lists/exports';
import { importEntries } from '@/lib/import/commands';
import { parseSignatoryList } from '@/lib/import/parse';
import { previewImport } from '@/lib/import/queries';
import { saveLetter } from '@/lib/letters/commands';
import { saveLetterSchema } from '@/lib/letters/schemas';
import { editSignOn, requestNewVerificationLink, verifySignOn, withdrawSignOn } from '@/lib/sign-ons/commands';
import { cleanText } from '@/lib/sign-ons/normalize';
import { getSignerStatus, getVerifyLinkState } from '@/lib/sign-ons/queries';
import { createCampaign, createCoordinator, uniq } from '../support/factories';
import { insertSignOns } from '../support/sign-ons';
import { corpus, invalidUtf8, storable } from './corpus';

const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
let ipCounter = 0;
const freshIp = () => `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter++ & 255}`;
const freshEmail = () => `${uniq('signer')}@example.test`;
const ctx = (slug: string) => ({ params: Promise.resolve({ slug }) });

function post(slug: string, fields: Record<string, string>) {
  return postSignOn(
    new Request('http://app.test/letters/x/sign', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': freshIp() },
      body: new URLSearchParams(fields),
    }),
    ctx(slug),
  );
}

const individual = (over: Record<string, string>) => ({ kind: 'individual', displayName: 'Ana Lima', country: 'BR', email: freshEmail(), ...over });
const organization = (over: Record<string, string>) => ({
  kind: 'organization',
  displayName: 'River Watch',
  country: 'KE',
  contactName: 'Ada Obi',
  contactRole: 'Director',
  authorized: 'on',
  email: freshEmail(),
  ...over,
});

/** Runs a command; a refusal must be a DomainError with one of the allowed codes. */
async function refusedOrDone<T>(label: string, run: () => Promise<T>, allowed: DomainErrorCode[]): Promise<T | DomainError> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof DomainError)) throw new Error(`${label}: not a clear refusal: ${String(error)}`);
    expect(allowed, `${label}: ${error.code} ${error.message}`).toContain(error.code);
    return error;
  }
}

const show = (v: string) => JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v);

/**
 * Every value goes to every input, and to a rotating pair of that input's fields: each field
 * still meets every family of the corpus, and the suite runs in minutes rather than hours.
 */
const rotate = <T,>(list: readonly T[], i: number, n = 2): T[] =>
  Array.from({ length: Math.min(n, list.length) }, (_, k) => list[(i + k) % list.length]!);

describe('bad input', () => {
  let slug: string;
  let campaignId: string;
  let ownerId: string;

  beforeAll(async () => {
    const owner = await createCoordinator();
    ownerId = owner.id;
    const campaign = await createCampaign({ ownerId, approvalPolicy: 'auto_all', liveList: true });
    slug = campaign.slug;
    campaignId = campaign.id;
  });

  it(`has at least 200 hostile values (${corpus.length})`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
  });

  it('POST /letters/[slug]/sign: every field answers 303 (stored as typed, cleaned of nothing but spacing) or 400 with field errors', async () => {
    const fieldsOf = {
      individual: ['displayName', 'title', 'country', 'email', 'comment', 'kind', 'versionSeen', 'keepInformed'],
      organization: ['displayName', 'acronym', 'website', 'contactName', 'contactRole', 'country', 'authorized'],
    } as const;
    const db = await getDb();
    let accepted = 0;
    for (const [i, { family, value }] of corpus.entries()) {
      for (const kind of ['individual', 'organization'] as const) {
        for (const field of rotate(fieldsOf[kind], i)) {
          const form = kind === 'individual' ? individual({ [field]: value }) : organization({ [field]: value });
          const response = await post(slug, form);
          const label = `${kind}.${field} = ${show(value)} (${family})`;
          // 409: a versionSeen that reads as a newer or older version of the letter.
          expect([303, 400, 409], label).toContain(response.status);
          if (response.status === 409) continue;
          if (response.status === 400) {
            const body = (await response.json()) as { error: { code: string; fields?: Record<string, string[]> } };
            expect(body.error.code, label).toBe('invalid_input');
            continue;
          }
          accepted++;
          if (field === 'email') continue;
          const [row] = await db.select().from(signOns).where(eq(signOns.email, form.email));
          expect(row, label).toBeTruthy();
          if (field === 'displayName' || field === 'title' || field === 'acronym' || field === 'contactName') {
            const stored = String((row as Record<string, unknown>)[field] ?? '');
            expect(stored, label).toBe(cleanText(value));
            expect(forbidden.test(stored), `${label}: control characters stored`).toBe(false);
          }
          if (field === 'website' && row!.website) expect(row!.website, label).toMatch(/^https?:\/\//);
        }
      }
    }
    expect(accepted).toBeGreaterThan(0);
  }, 600_000);

  it('POST /letters/[slug]/sign: hostile slugs, invalid UTF-8, wrong content types and huge bodies end in 4xx', async () => {
    for (const { family, value } of corpus) {
      const response = await post(value, individual({}));
      expect([400, 404], `slug ${show(value)} (${family})`).toContain(response.status);
    }
    for (const { bytes } of invalidUtf8) {
      const body = Buffer.concat([Buffer.from('kind=individual&country=BR&email=' + freshEmail() + '&displayName='), Buffer.from(bytes)]);
      const response = await postSignOn(
        new Request(`http://app.test/letters/${slug}/sign`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': freshIp() },
          body,
        }),
        ctx(slug),
      );
      expect([303, 400], `bytes ${Buffer.from(bytes).toString('hex')}`).toContain(response.status);
    }
    const huge = 'displayName=' + 'A'.repeat(2_000_000);
    const raw = (body: BodyInit, type: string, headers: Record<string, string> = {}) =>
      postSignOn(
        new Request(`http://app.test/letters/${slug}/sign`, { method: 'POST', headers: { 'content-type': type, 'x-forwarded-for': freshIp(), ...headers }, body }),
        ctx(slug),
      );
    expect((await raw(huge, 'application/x-www-form-urlencoded')).status).toBe(400);
    expect((await raw(huge, 'application/x-www-form-urlencoded', { 'content-length': '99999999' })).status).toBe(400);
    expect((await raw(JSON.stringify({ displayName: 'A'.repeat(1_000_000) }), 'application/json')).status).toBe(400);
    expect((await raw('{"kind":', 'application/json')).status).toBe(400);
    expect((await raw('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb', 'multipart/form-data; boundary=x')).status).toBe(400);
    expect((await raw('a=b', 'text/plain')).status).toBe(400);
    expect((await raw('%%%%&&&==', 'application/x-www-form-urlencoded')).status).toBe(400);
  });

  it('verification and status-page tokens: every bad token is not found, and changes nothing', async () => {
    const db = await getDb();
    const before = (await db.select({ id: signOns.id }).from(signOns)).length;
    for (const { family, value } of corpus) {
      const label = `token ${show(value)} (${family})`;
      expect(await getVerifyLinkState(value), label).toBeNull();
      expect(await getSignerStatus(value), label).toBeNull();
      const attempts: [string, () => Promise<unknown>][] = [
        ['verify', () => verifySignOn(value)],
        ['edit', () => editSignOn(value, { displayName: 'Changed' })],
        ['withdraw', () => withdrawSignOn(value)],
      ];
      for (const [name, run] of attempts) {
        const outcome = await refusedOrDone(`${name} ${label}`, run, ['not_found', 'invalid_input']);
        expect(outcome, `${name} ${label}`).toBeInstanceOf(DomainError);
      }
    }
    expect((await db.select({ id: signOns.id }).from(signOns)).length).toBe(before);
  });

  it('"send me a new link" and the status-page edit: every value is refused with field errors or kept as typed', async () => {
    for (const { family, value } of corpus) {
      await refusedOrDone(`new link email ${show(value)} (${family})`, () => requestNewVerificationLink({ email: value }, slug, { ip: freshIp() }), [
        'invalid_input',
        'rate_limited',
      ]);
    }
    // A real signer with a real status link edits their public fields to every value.
    const db = await getDb();
    const email = freshEmail();
    expect((await post(slug, organization({ email }))).status).toBe(303);
    const [message] = await db.select().from(outboxMessages).where(eq(outboxMessages.to, email));
    const verifyToken = String((message!.props as { confirmUrl: string }).confirmUrl).split('/').at(-1)!;
    const { accessToken } = await verifySignOn(verifyToken);
    for (const [i, { family, value }] of corpus.entries()) {
      for (const field of rotate(['displayName', 'acronym', 'country', 'website'], i)) {
        const label = `edit ${field} = ${show(value)} (${family})`;
        const form = { displayName: 'River Watch', acronym: 'RW', country: 'KE', website: '', [field]: value };
        const outcome = await refusedOrDone(label, () => editSignOn(accessToken, form), ['invalid_input']);
        if (outcome instanceof DomainError) {
          expect(outcome.fieldErrors?.[field], label).toBeTruthy();
          continue;
        }
        const status = await getSignerStatus(accessToken);
        if (field === 'displayName') expect(status?.displayName, label).toBe(cleanText(value));
      }
    }
  }, 300_000);

  it('public API and exports: hostile slugs and query parameters answer 200, 400 or 404', async () => {
    await insertSignOns(storable.slice(0, 50).map(({ value }) => ({ campaignId, displayName: cleanText(value) || 'blank' })));
    // The route handlers call connection(), which needs a request scope: call what they call,
    // mapped to a response the way they map it.
    const answer = async (run: () => Promise<unknown>) => {
      try {
        const out = await run();
        return out instanceof Response ? out : Response.json(out);
      } catch (error) {
        return errorResponse(error);
      }
    };
    const bySlugRoutes = [
      (s: string) => getCampaignDto(s),
      (s: string) => getSignatoriesDto(s, new URLSearchParams()),
      (s: string) => signatoriesCsvResponse(s),
      (s: string) => exportResponse(s, 'csv'),
      (s: string) => exportResponse(s, 'json'),
      (s: string) => exportResponse(s, 'txt'),
    ];
    for (const [i, { family, value }] of corpus.entries()) {
      const label = `${show(value)} (${family})`;
      for (const route of rotate(bySlugRoutes, i, 3)) {
        const response = await answer(() => route(value));
        expect([400, 404], `slug ${label}`).toContain(response.status);
      }
      for (const param of rotate(['page', 'perPage', 'q', 'country'], i)) {
        const response = await answer(() => getSignatoriesDto(slug, new URLSearchParams({ [param]: value })));
        expect([200, 400], `${param}=${label}`).toContain(response.status);
        if (response.status === 400) expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
      }
    }
  }, 600_000);

  it('coordinator inputs: campaign, letter, settings and import refuse with field errors or keep the value as typed', async () => {
    const actor = { id: ownerId };
    const db = await getDb();
    const [version] = await db.select().from(letterVersions).where(eq(letterVersions.campaignId, campaignId));
    let letterVersion = version!.number;
    const draft = await createCampaign({ ownerId, status: 'draft', openedAt: null });
    let draftVersion = 1;
    for (const [i, { family, value }] of corpus.entries()) {
      const label = (what: string) => `${what} = ${show(value)} (${family})`;
      await refusedOrDone(label('new campaign title'), () => createCampaignCommand(parseOrThrow(createCampaignSchema, { title: value, slug: uniq('bad') }), actor), ['invalid_input']);
      await refusedOrDone(label('new campaign slug'), () => createCampaignCommand(parseOrThrow(createCampaignSchema, { title: 'A title', slug: value }), actor), ['invalid_input', 'conflict']);
      await refusedOrDone(label('new campaign language'), () => createCampaignCommand(parseOrThrow(createCampaignSchema, { title: 'A title', slug: uniq('bad'), language: value }), actor), ['invalid_input']);

      for (const field of rotate(['title', 'dateLine', 'addressees', 'body', 'closing', 'cc', 'individualsFootnote', 'changeNote', 'changeKind', 'baseVersion'], i)) {
        const form = { campaignId, title: 'Letter', body: 'Body', baseVersion: String(letterVersion), changeKind: 'minor', [field]: value };
        const outcome = await refusedOrDone(label(`letter ${field}`), () => saveLetter(parseOrThrow(saveLetterSchema, form), actor), ['invalid_input', 'conflict']);
        if (!(outcome instanceof DomainError)) letterVersion = outcome.version;
      }
      const slugForm = { campaignId: draft.id, title: 'Draft', body: 'Body', baseVersion: String(draftVersion), slug: value };
      const slugOutcome = await refusedOrDone(label('draft slug'), () => saveLetter(parseOrThrow(saveLetterSchema, slugForm), actor), ['invalid_input', 'conflict']);
      if (!(slugOutcome instanceof DomainError)) draftVersion = slugOutcome.version;

      for (const field of rotate(['deadline', 'deadlineTimeZone', 'approvalPolicy', 'listFormat', 'liveList', 'notifyRejected', 'campaignId'], i)) {
        const form = { campaignId, approvalPolicy: 'auto_all', listFormat: 'name_acronym_country', liveList: 'on', [field]: value };
        await refusedOrDone(label(`settings ${field}`), () => updateCampaignSettings(parseOrThrow(settingsSchema, form), actor), ['invalid_input', 'not_found']);
      }

      // The parser takes anything and the preview shows it; only the import itself validates.
      expect(() => parseSignatoryList(value), label('import text')).not.toThrow();
      await refusedOrDone(label('import preview'), () => previewImport({ campaignId, text: value }, ownerId), ['invalid_input']);
      for (const field of rotate(['name', 'acronym', 'title', 'country', 'kind', 'line'], i)) {
        const entry = { kind: 'organization', name: 'Imported Org', country: 'FR', [field]: value };
        await refusedOrDone(label(`import ${field}`), () => importEntries({ campaignId, entries: [entry] }, ownerId), ['invalid_input']);
      }
    }
    await refusedOrDone('import of a non-object', () => importEntries('<script>', ownerId), ['invalid_input']);
    await refusedOrDone('import with no entries', () => importEntries({ campaignId, entries: [] }, ownerId), ['invalid_input']);
  }, 600_000);
});
