import { beforeAll, describe, expect, it } from 'vitest';
import { formatMoment } from '@/lib/dates';
import { clientIp, peerAddressHeader, stampPeerAddresses } from '@/lib/security/client-ip';
import { editSignOnSchema } from '@/lib/moderation/schemas';
import { individualSignOnSchema, organizationSignOnSchema, signOnSchema } from '@/lib/sign-ons/schemas';

const org = {
  kind: 'organization',
  displayName: ' Friends of  the Delta ',
  acronym: '',
  country: 'international',
  website: '',
  contactName: 'Ana',
  contactRole: 'Director',
  email: ' ana@example.org ',
  authorized: 'on',
};

describe('sign-on schema', () => {
  it('cleans an organization: trimmed, collapsed, empty optionals as null, international as no country', () => {
    expect(organizationSignOnSchema.parse(org)).toEqual({
      kind: 'organization',
      displayName: 'Friends of the Delta',
      acronym: null,
      country: null,
      website: null,
      contactName: 'Ana',
      contactRole: 'Director',
      email: 'ana@example.org',
      authorized: true,
      comment: null,
      keepInformed: false,
    });
  });

  it('keeps line breaks in comments but refuses control characters', () => {
    const ok = individualSignOnSchema.parse({ kind: 'individual', displayName: 'Kim', email: 'k@example.org', comment: 'Line one\r\nLine two' });
    expect(ok.comment).toBe('Line one\nLine two');
    expect(individualSignOnSchema.safeParse({ kind: 'individual', displayName: 'Kim', email: 'k@example.org', comment: 'bell\u0007' }).success).toBe(false);
  });

  it('accepts only http(s) websites', () => {
    for (const website of ['javascript:alert(1)', 'ftp://example.org', 'https://localhost', 'example.org']) {
      expect(signOnSchema.safeParse({ ...org, website }).success, website).toBe(false);
    }
    expect(signOnSchema.safeParse({ ...org, website: 'http://example.org/about' }).success).toBe(true);
  });

  it('counts the limits in characters the way the form does', () => {
    expect(signOnSchema.safeParse({ ...org, displayName: 'ü'.repeat(200) }).success).toBe(true);
    expect(signOnSchema.safeParse({ ...org, displayName: 'ü'.repeat(201) }).success).toBe(false);
  });
});

describe('client address', () => {
  beforeAll(() => stampPeerAddresses());
  const peer = (address: string, more: Record<string, string> = {}) => new Headers({ [peerAddressHeader()!]: address, ...more });

  it('is the connection’s own address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientIp(peer('198.51.100.7', { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }), 0)).toBe('198.51.100.7');
    expect(clientIp(peer('::ffff:198.51.100.7'), 0)).toBe('198.51.100.7');
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.9' }), 0)).toBe('unknown');
  });

  it('takes the entry the farthest trusted proxy appended, not what the client sent', () => {
    const forwarded = peer('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.1' });
    expect(clientIp(forwarded, 1)).toBe('10.0.0.1');
    expect(clientIp(forwarded, 2)).toBe('203.0.113.9');
    expect(clientIp(peer('10.0.0.2'), 1)).toBe('10.0.0.2');
  });

  it('counts an IPv6 client by its /64, which one subscriber holds', () => {
    expect(clientIp(peer('2001:db8:aa:bb:1::9'), 0)).toBe('2001:db8:aa:bb::/64');
    expect(clientIp(peer('2001:db8:aa:bb:ffff::1'), 0)).toBe('2001:db8:aa:bb::/64');
    expect(clientIp(peer('2001:db8::1'), 0)).toBe('2001:db8:0:0::/64');
  });
});

describe('deadline', () => {
  it('is shown in the campaign time zone', () => {
    const deadline = new Date('2026-12-31T22:30:00Z');
    expect(formatMoment(deadline, { timeZone: 'Europe/Amsterdam' })).toBe('31 December 2026, 23:30 Europe/Amsterdam (CET)');
    expect(formatMoment(deadline, { timeZone: null })).toBe('31 December 2026, 22:30 UTC');
  });
});

describe('coordinator corrections', () => {
  const edit = (fields: Record<string, string>) =>
    editSignOnSchema.safeParse({ signOnId: '7d9f0c3a-1b2c-4d5e-8f90-123456789abc', displayName: 'River Watch', acronym: '', title: '', country: '', ...fields });

  it('refuse the control and text-direction characters a signer may not type either', () => {
    for (const bad of ['River\u202EhctaW', 'River\u0007Watch', 'River\u2066Watch']) {
      const result = edit({ displayName: bad });
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/control or text-direction/);
    }
    expect(edit({ title: 'Director\u202A' }).success).toBe(false);
    expect(edit({ acronym: 'R\u0000W' }).success).toBe(false);
  });

  it('keep a clean correction, whitespace collapsed', () => {
    expect(edit({ displayName: '  River   Watch ', acronym: ' RW ' }).data).toMatchObject({ displayName: 'River Watch', acronym: 'RW', title: null });
  });
});
