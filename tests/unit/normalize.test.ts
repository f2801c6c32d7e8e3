import { describe, expect, it } from 'vitest';
import { summarySentence } from '@/lib/lists/summary';
import { countryName, countryOptions, isCountryCode } from '@/lib/lists/countries';
import { canonicalEmail, cleanText, normalizeName } from '@/lib/sign-ons/normalize';

describe('names', () => {
  it('keeps what the signer typed, trimmed and with whitespace collapsed', () => {
    expect(cleanText('  Amnistía   Internacional \n ')).toBe('Amnistía Internacional');
    expect(cleanText('국제  앰네스티')).toBe('국제 앰네스티');
  });

  it('normalizes case, accents, punctuation and a leading "The" for duplicate checks', () => {
    expect(normalizeName('The Basin Institute')).toBe(normalizeName('basin institute'));
    expect(normalizeName('Asociación Río-Vivo')).toBe('asociacion rio vivo');
    expect(normalizeName('Friends & Allies')).toBe('friends and allies');
    expect(normalizeName('Theatre Group')).toBe('theatre group');
    expect(normalizeName('강 살리기')).toBe('강 살리기');
  });

  it('canonicalizes email addresses that reach the same inbox', () => {
    expect(canonicalEmail(' Jane.Doe+letters@GMail.com ')).toBe('janedoe@gmail.com');
    expect(canonicalEmail('Jane.Doe@Example.org')).toBe('jane.doe@example.org');
  });
});

describe('summary sentence', () => {
  it('counts with correct plurals', () => {
    expect(summarySentence({ organizations: 52, individuals: 10, countries: 23 })).toBe(
      '52 organizations and 10 individuals from 23 countries',
    );
    expect(summarySentence({ organizations: 1, individuals: 1, countries: 1 })).toBe(
      '1 organization and 1 individual from 1 country',
    );
    expect(summarySentence({ organizations: 0, individuals: 3, countries: 0 })).toBe('3 individuals');
    expect(summarySentence({ organizations: 1200, individuals: 0, countries: 2 })).toBe(
      '1,200 organizations from 2 countries',
    );
    expect(summarySentence({ organizations: 0, individuals: 0, countries: 0 })).toBe('No signatories yet');
  });
});

describe('countries', () => {
  it('names countries from codes in the letter language', () => {
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(isCountryCode('GB')).toBe(true);
    expect(isCountryCode('UK')).toBe(false);
  });

  it('sorts options by name in the given language', () => {
    const names = countryOptions('en').map((c) => c.name);
    expect(names.indexOf('Åland Islands')).toBeLessThan(names.indexOf('Albania') + 2);
    expect(names.length).toBeGreaterThan(240);
  });
});

describe('tokens', async () => {
  const { hashToken, newToken, sameHash } = await import('@/lib/security/tokens');
  it('are at least 128 bits, random, and stored only as a hash', () => {
    const a = newToken();
    const b = newToken();
    expect(Buffer.from(a, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(a).not.toBe(b);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).not.toContain(a);
    expect(sameHash(hashToken(a), hashToken(a))).toBe(true);
    expect(sameHash(hashToken(a), hashToken(b))).toBe(false);
  });
});
