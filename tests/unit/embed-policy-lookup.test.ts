import { afterEach, describe, expect, it, vi } from 'vitest';
import { embedDocumentSlug, embedFrameAncestorsFor } from '@/lib/security/embed-policy-lookup';

afterEach(() => {
  vi.unstubAllGlobals();
});

const answer = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status }));

describe('the proxy’s embedding rule lookup', () => {
  it('knows the three embeddable pages, in the original and each translation, and nothing else', () => {
    expect(embedDocumentSlug('/letters/clean-air/embed')).toBe('clean-air');
    expect(embedDocumentSlug('/letters/clean-air/embed/as-individual')).toBe('clean-air');
    expect(embedDocumentSlug('/letters/clean-air/embed/check-email')).toBe('clean-air');
    expect(embedDocumentSlug('/letters/clean-air/fr/embed')).toBe('clean-air');
    expect(embedDocumentSlug('/letters/clean-air/ko/embed/check-email')).toBe('clean-air');
    for (const path of ['/letters/clean-air', '/letters/clean-air/fr', '/letters/clean-air/embed/origins.json', '/letters/clean-air/embedx', '/dashboard/embed', '/letters/a/b/embed', '/letters/a/zz/embed']) {
      expect(embedDocumentSlug(path), path).toBeNull();
    }
  });

  it('reads a letter’s rule once per few seconds, and refuses the frame when a lookup fails, without remembering it', async () => {
    const listed = answer(200, { origins: ['https://a.example'] });
    vi.stubGlobal('fetch', listed);
    const t = 1_000_000;
    expect(await embedFrameAncestorsFor('one', t)).toBe("frame-ancestors 'self' https://a.example");
    expect(await embedFrameAncestorsFor('one', t + 4_000)).toBe("frame-ancestors 'self' https://a.example");
    expect(listed).toHaveBeenCalledTimes(1);
    expect(String((listed.mock.calls as unknown[][])[0]![0])).toMatch(/\/letters\/one\/embed\/origins\.json$/);

    vi.stubGlobal('fetch', answer(200, { origins: null }));
    expect(await embedFrameAncestorsFor('one', t + 6_000)).toBe('frame-ancestors *');

    vi.stubGlobal('fetch', answer(404, { error: 'not_found' }));
    expect(await embedFrameAncestorsFor('gone', t)).toBe("frame-ancestors 'none'");

    const failing = vi.fn(async () => {
      throw new Error('connection refused');
    });
    vi.stubGlobal('fetch', failing);
    expect(await embedFrameAncestorsFor('down', t)).toBe("frame-ancestors 'none'");
    vi.stubGlobal('fetch', answer(200, { origins: null }));
    expect(await embedFrameAncestorsFor('down', t + 1)).toBe('frame-ancestors *');
  });
});
