import { describe, expect, it } from 'vitest';
import type { DiffSegment } from '@/lib/letters/diff';
import { changedPassages, CONTEXT_WORDS, fieldPassages, MAX_PASSAGES } from '@/lib/letters/passages';
import type { LetterText } from '@/lib/letters/schemas';

/** A passage as the plain-text email shows it. */
const read = (segments: DiffSegment[]) => segments.map((s) => (s.added ? `[+${s.value}+]` : s.removed ? `[-${s.value}-]` : s.value)).join('');

const letter = (over: Partial<LetterText> = {}): LetterText => ({
  title: 'Protect the River Commons',
  dateLine: '1 March 2026',
  addressees: 'Minister of Water\nCapital City',
  body: 'Body.',
  closing: 'Sincerely,',
  cc: 'Regional Water Authority',
  individualsFootnote: '',
  ...over,
});

const filler = (n: number, word = 'river') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('changed passages', () => {
  it('shows only the changed passage, with a few words of context either side', () => {
    const first = `Opening paragraph about ${filler(30, 'alpha')}.`;
    const last = `Closing paragraph about ${filler(30, 'omega')}.`;
    const before = `${first}\n\n${filler(20)} we ask for action soon and ${filler(20, 'delta')}\n\n${last}`;
    const after = `${first}\n\n${filler(20)} we demand action by 2030 and ${filler(20, 'delta')}\n\n${last}`;
    const passages = fieldPassages('body', before, after);
    expect(passages).toHaveLength(1);
    const shown = read(passages[0]!.segments);
    expect(shown).toBe(`… ${filler(20).split(' ').slice(-7).join(' ')} we [-ask for-] [+demand+] action [-soon-] [+by 2030+] and ${filler(CONTEXT_WORDS - 1, 'delta')} …`);
    expect(shown).not.toContain('Opening paragraph');
    expect(shown).not.toContain('omega');
  });

  it('keeps emphasis balanced when the context cuts through bold words', () => {
    const bold = `**${filler(15)} soon ${filler(15, 'delta')}**`;
    const [passage] = fieldPassages('body', `Intro. ${bold} end.`, `Intro. ${bold.replace('soon', 'by 2030')} end.`);
    const shown = read(passage!.segments);
    expect(shown).toMatch(/^… \*\*river\d+/);
    expect(shown).toMatch(/delta\d+\*\* …$/);
    expect(shown).toContain('[-soon-] [+by 2030+]');
  });

  it('shows a changed link whole, so a new target is visible', () => {
    const [passage] = fieldPassages('body', 'Read [the report](https://a.example/old) now.', 'Read [the report](https://a.example/new) now.');
    expect(read(passage!.segments)).toBe('Read [-[the report](https://a.example/old)-] [+[the report](https://a.example/new)+] now.');
  });

  it('takes list and heading markers from the new text instead of marking them as words', () => {
    const [passage] = fieldPassages('body', 'We ask:\n\nClean water.', 'We ask:\n\n- Clean water.\n- **Safe** rivers.');
    expect(read(passage!.segments)).toBe('- **[+Safe+]** [+rivers.+]');
  });

  it('shows new paragraphs as one passage, headings and all', () => {
    const passages = fieldPassages('body', 'We ask for clean water.', 'We ask for clean water.\n\n## A deadline\n\nBy **2030**, at the latest.');
    expect(passages.map((p) => read(p.segments))).toEqual(['## [+A deadline+]\n\n[+By+] **[+2030+]**[+, at the latest.+]']);
  });

  it('returns one passage per changed field, in letter order, and the CC line as its own field', () => {
    const { passages, omitted } = changedPassages(
      letter({ title: 'Protect the River', cc: 'Regional Water Authority' }),
      letter({ title: 'Protect the Rivers', cc: 'Regional Water Authority; the Ombudsman' }),
    );
    expect(omitted).toBe(0);
    expect(passages.map((p) => [p.field, read(p.segments)])).toEqual([
      ['title', 'Protect the [-River-][+Rivers+]'],
      ['cc', 'Regional Water [-Authority-][+Authority; the Ombudsman+]'],
    ]);
  });

  it(`shows at most ${MAX_PASSAGES} passages and counts the rest`, () => {
    const paragraphs = Array.from({ length: MAX_PASSAGES + 3 }, (_, i) => `Paragraph ${i} says old things.`);
    const { passages, omitted } = changedPassages(
      letter({ body: paragraphs.join('\n\n') }),
      letter({ body: paragraphs.map((p) => p.replace('old', 'new')).join('\n\n') }),
    );
    expect(passages).toHaveLength(MAX_PASSAGES);
    expect(omitted).toBe(3);
  });

  it('has nothing to show for a letter whose text did not change', () => {
    expect(changedPassages(letter(), letter())).toEqual({ passages: [], omitted: 0 });
  });
});
