import { describe, expect, it } from 'vitest';
import { reviewErrorText, reviewNoticeText } from '@/lib/moderation/outcomes';

describe('review queue outcomes', () => {
  it('words a code from a fixed table, with a count or the entry name looked up by the page', () => {
    expect(reviewNoticeText('bulk-approved', { count: 5 })).toBe('Approved 5 entries.');
    expect(reviewNoticeText('bulk-rejected', { count: 1 })).toBe('Rejected 1 entry.');
    expect(reviewNoticeText('approved', { name: 'River Keepers' })).toBe('Approved: River Keepers.');
    expect(reviewErrorText('conflict')).toMatch(/^Someone else changed this entry/);
  });

  it('says nothing for text that is not a known code, so a crafted link cannot put words on the page', () => {
    const spoof = 'Your session expired. Sign in again at https://evil.example';
    expect(reviewNoticeText(spoof, {})).toBeNull();
    expect(reviewErrorText(spoof)).toBeNull();
    expect(reviewErrorText('toString')).toBeNull();
    expect(reviewNoticeText('constructor', {})).toBeNull();
    expect(reviewErrorText(undefined)).toBeNull();
  });
});
