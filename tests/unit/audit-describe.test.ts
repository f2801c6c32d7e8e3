import { describe, expect, it } from 'vitest';
import { describeActivity } from '@/lib/audit/describe';

describe('activity details in words', () => {
  it('names a decision with its reason', () => {
    expect(describeActivity('sign-on.rejected', { name: 'Acme', reason: 'Not an NGO' })).toBe('“Acme”; reason: Not an NGO');
    expect(describeActivity('sign-on.approved', { name: 'Acme' })).toBe('“Acme”');
  });

  it('counts a bulk decision', () => {
    expect(describeActivity('sign-ons.bulk-approved', { count: 5, ids: ['a'] })).toBe('5 entries');
    expect(describeActivity('sign-ons.bulk-rejected', { count: 1, reason: 'Spam' })).toBe('1 entry; reason: Spam');
  });

  it('shows each edited field before → after, countries by name', () => {
    expect(
      describeActivity('sign-on.edited', {
        name: 'Human Rights Watch',
        changes: {
          displayName: { before: 'Human Rights Watch (HRW)', after: 'Human Rights Watch' },
          acronym: { before: null, after: 'HRW' },
          country: { before: null, after: 'US' },
        },
      }),
    ).toBe('“Human Rights Watch”; name: “Human Rights Watch (HRW)” → “Human Rights Watch”; acronym: (none) → “HRW”; country: (none) → United States');
  });

  it('shows a signer’s own edit', () => {
    expect(
      describeActivity('sign-on.edited', {
        before: { displayName: 'Acme', country: 'FR' },
        after: { displayName: 'Acme Org', country: 'FR' },
        statusBefore: 'approved',
        statusAfter: 'verified',
      }),
    ).toBe('by the signer; name: “Acme” → “Acme Org”; returned to review');
  });

  it('names both sides of a merge', () => {
    expect(
      describeActivity('sign-on.merged', { kept: { id: '1', name: 'Centre for Water Justice' }, duplicate: { id: '2', name: 'Center for Water Justice' } }),
    ).toBe('kept “Centre for Water Justice”; “Center for Water Justice” marked as its duplicate');
  });

  it('falls back to the recorded details for other actions', () => {
    expect(describeActivity('campaign.settings_changed', { changed: 'deadline' })).toBe('changed: deadline');
  });
});
