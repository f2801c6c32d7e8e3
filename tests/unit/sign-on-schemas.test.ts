import { describe, expect, it } from 'vitest';
import { formatMoment } from '@/lib/dates';
import { clientIp } from '@/lib/security/client-ip';
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
  it('takes the entry the nearest proxy appended, not what the client sent', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientIp(new Headers())).toBe('unknown');
  });
});

describe('deadline', () => {
  it('is shown in the campaign time zone', () => {
    const deadline = new Date('2026-12-31T22:30:00Z');
    expect(formatMoment(deadline, { timeZone: 'Europe/Amsterdam' })).toBe('31 December 2026, 23:30 Europe/Amsterdam (CET)');
    expect(formatMoment(deadline, { timeZone: null })).toBe('31 December 2026, 22:30 UTC');
  });
});
