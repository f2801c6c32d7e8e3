import { describe, expect, it } from 'vitest';
import { formLandingPath } from '@/lib/i18n/paths';

describe('where a letter form lands', () => {
  it('stays at the original’s address for a form in the original’s language', () => {
    expect(formLandingPath({ slug: 'clean-air', language: 'en' }, 'en', 'check-email')).toBe('/letters/clean-air/check-email');
    expect(formLandingPath({ slug: 'cotes', language: 'fr' }, 'fr', 'my-link/sent')).toBe('/letters/cotes/my-link/sent');
  });

  it('goes to the translation’s page for a form shown in a translation, English included', () => {
    expect(formLandingPath({ slug: 'clean-air', language: 'en' }, 'fr', 'check-email')).toBe('/letters/clean-air/fr/check-email');
    // An English translation of a French letter: its own page, not the French original's.
    expect(formLandingPath({ slug: 'cotes', language: 'fr' }, 'en', 'embed/check-email')).toBe('/letters/cotes/en/embed/check-email');
  });

  it('treats the form’s language as the original’s when the letter was not looked up', () => {
    expect(formLandingPath({ slug: 'clean-air' }, 'en', 'check-email')).toBe('/letters/clean-air/check-email');
    expect(formLandingPath({ slug: 'clean-air' }, 'ko', 'check-email')).toBe('/letters/clean-air/check-email');
  });
});
