/**
 * The Content-Security-Policy of every response. Scripts need the per-request nonce (Next.js
 * adds it to its own scripts); inline style attributes are allowed because React and email
 * previews use them and they cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    `frame-src 'self'`,
  ].join('; ');
}

/**
 * The policy of cached public pages, which are rendered once for every visitor and so cannot
 * carry a per-request nonce. Next.js bootstraps each page with inline scripts whose content
 * changes with the page, so scripts are allowed from this origin and inline; every other
 * directive is as strict as the nonce policy's. Pages render no user HTML (Markdown without raw
 * HTML, React escaping), which is what keeps inline injection out.
 */
export function publicContentSecurityPolicy({ dev = false } = {}): string {
  return contentSecurityPolicy('', { dev }).replace(/script-src [^;]+/, `script-src 'self' 'unsafe-inline'${dev ? ` 'unsafe-eval'` : ''}`);
}

/**
 * The policy of the embeddable sign-on page (docs/decisions/0008): the public policy with the
 * campaign's frame-ancestors in place of 'none'.
 */
export function embedContentSecurityPolicy(frameAncestors: string, { dev = false } = {}): string {
  return publicContentSecurityPolicy({ dev }).replace(/frame-ancestors [^;]+/, frameAncestors);
}

/** Sent by next.config.ts on every path but the embeddable pages, which the CSP governs alone. */
export const frameOptionsHeader = { key: 'X-Frame-Options', value: 'DENY' };

export const staticSecurityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const hstsHeader = 'max-age=63072000; includeSubDomains';
