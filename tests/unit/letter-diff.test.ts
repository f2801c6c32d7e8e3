import { describe, expect, it } from 'vitest';
import { diffLetters, wordDiff } from '@/lib/letters/diff';

const base = { title: 'Clean water', dateLine: '', addressees: 'Minister', body: 'We ask for clean water now.', closing: 'Sincerely,', cc: '', individualsFootnote: '' };

describe('letter diff', () => {
  it('marks whole words, not characters or lines', () => {
    const segments = wordDiff('We ask for clean water now.', 'We demand clean water now.');
    expect(segments.filter((s) => s.removed).map((s) => s.value.trim())).toEqual(['ask for']);
    expect(segments.filter((s) => s.added).map((s) => s.value.trim())).toEqual(['demand']);
    expect(segments.map((s) => (s.added ? '' : s.value)).join('')).toBe('We ask for clean water now.');
  });

  it('lists only the fields that changed', () => {
    const changes = diffLetters(base, { ...base, body: 'We ask for clean rivers now.', cc: 'The press' });
    expect(changes.map((c) => c.label)).toEqual(['Body', 'CC']);
  });
});
