import { describe, expect, it } from 'vitest';
import { badgeSvg, escapeXml, signatoryCount } from '@/lib/outreach/badge';
import { embedSnippet } from '@/lib/outreach/embed-snippet';
import { qrCodeShape } from '@/lib/outreach/qr-code';
import { buildShareLinks } from '@/lib/outreach/share';
import { embedFrameAncestors, normalizeOrigin, parseOriginList } from '@/lib/security/embed-origins';
import { embedContentSecurityPolicy } from '@/lib/security/headers';

const url = 'https://letters.example.org/letters/clean-air?x=1&y=2';

describe('share links', () => {
  it('encode the address and the text into each network’s own share URL', () => {
    const links = Object.fromEntries(buildShareLinks({ url, text: 'Sign “Clean air” & more' }).map((l) => [l.network, l.href]));
    const u = encodeURIComponent(url);
    expect(links.whatsapp).toBe(`https://wa.me/?text=${encodeURIComponent(`Sign “Clean air” & more ${url}`)}`);
    expect(links.telegram).toBe(`https://t.me/share/url?url=${u}&text=${encodeURIComponent('Sign “Clean air” & more')}`);
    expect(links.x).toMatch(new RegExp(`^https://twitter\\.com/intent/tweet\\?url=${u.replace(/[.?%]/g, '\\$&')}&text=`));
    expect(links.facebook).toBe(`https://www.facebook.com/sharer/sharer.php?u=${u}`);
    expect(links.linkedin).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${u}`);
    expect(links.bluesky).toBe(`https://bsky.app/intent/compose?text=${encodeURIComponent(`Sign “Clean air” & more ${url}`)}`);
    // Mail programs read + literally: spaces are %20, and the & of the address cannot split the body.
    expect(links.email).toMatch(/^mailto:\?subject=Sign%20/);
    expect(new URLSearchParams(links.email!.slice('mailto:?'.length)).get('body')).toBe(`Sign “Clean air” & more\n\n${url}`);
  });

  it('name the email link in the page’s language', () => {
    const email = buildShareLinks({ url: 'https://x.example/l', text: 'Signez', emailLabel: 'E-mail' }).find((l) => l.network === 'email');
    expect(email?.label).toBe('E-mail');
  });
});

describe('QR code', () => {
  it('draws the dark modules as one path inside a quiet zone of four modules', () => {
    const { size, path } = qrCodeShape(url);
    expect(size).toBeGreaterThanOrEqual(21 + 8);
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    // The top-left finder pattern starts right after the quiet zone with a run of seven.
    expect(path.startsWith('M4 4h7v1h-7z')).toBe(true);
  });
});

describe('count badge', () => {
  it('counts organizations and individuals together', () => {
    expect(signatoryCount({ organizations: 1000, individuals: 234, countries: 3 })).toBe('1,234 signatories');
    expect(signatoryCount({ organizations: 0, individuals: 1, countries: 1 })).toBe('1 signatory');
    expect(signatoryCount({ organizations: 0, individuals: 0, countries: 0 })).toBe('0 signatories');
  });

  it('escapes every text, so a title cannot open a tag or leave an attribute', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    const svg = badgeSvg({ label: 'signed by', value: '12 signatories', title: `"><script>alert(1)</script>` });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('aria-label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="20"/);
  });
});

describe('embedding rules', () => {
  it('normalizes site addresses and refuses paths, credentials and other schemes', () => {
    expect(normalizeOrigin('https://Example.org/')).toBe('https://example.org');
    expect(normalizeOrigin('http://127.0.0.1:3250')).toBe('http://127.0.0.1:3250');
    for (const bad of ['https://example.org/page', 'javascript:alert(1)', 'https://u:p@example.org', 'example.org', "https://a.org;script-src *", 'https://a.org?x']) {
      expect(normalizeOrigin(bad), bad).toBeNull();
    }
    expect(parseOriginList('https://a.org, https://a.org\nhttps://b.org/x')).toEqual({ origins: ['https://a.org'], invalid: ['https://b.org/x'] });
  });

  it('frame-ancestors: any site without a list, else this site and the listed ones', () => {
    expect(embedFrameAncestors(null)).toBe('frame-ancestors *');
    expect(embedFrameAncestors([])).toBe('frame-ancestors *');
    expect(embedFrameAncestors(['https://a.org', 'http://127.0.0.1:3250'])).toBe("frame-ancestors 'self' https://a.org http://127.0.0.1:3250");
    // A stored value that is not an origin never reaches the header, and never opens the frame to all.
    expect(embedFrameAncestors(["https://a.org; script-src *"])).toBe("frame-ancestors 'self'");
    const csp = embedContentSecurityPolicy('frame-ancestors *');
    expect(csp).toContain('frame-ancestors *');
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
  });

  it('the snippet escapes the letter title', () => {
    const html = embedSnippet({ src: 'https://l.example/letters/a/embed', title: 'Rivers "now" <b>' });
    expect(html).toContain('title="Sign the letter: Rivers &quot;now&quot; &lt;b&gt;"');
    expect(html).toMatch(/^<iframe src="https:\/\/l\.example\/letters\/a\/embed" /);
  });
});
