/** How many sites one campaign may list: a coalition's members' sites, not the whole web. */
export const MAX_EMBED_ORIGINS = 20;

/** What may stand in a frame-ancestors source once normalized: scheme, host, optional port. */
const ORIGIN_SHAPE = /^https?:\/\/(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:]+\])(?::\d{1,5})?$/;

/** One origin as the browser compares it (https://example.org), or null for anything else. */
export function normalizeOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return null;
  return ORIGIN_SHAPE.test(url.origin) ? url.origin : null;
}

/** A coordinator's list (one per line, or separated by spaces or commas), normalized and deduplicated. */
export function parseOriginList(text: string): { origins: string[]; invalid: string[] } {
  const items = text.split(/[\s,]+/).filter(Boolean);
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const item of items) {
    const origin = normalizeOrigin(item);
    if (!origin) invalid.push(item);
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return { origins, invalid };
}

/**
 * The frame-ancestors directive of the embeddable page: any site when the campaign lists none,
 * else this site and the listed origins. Origins are checked again here because they end up in
 * a response header.
 */
export function embedFrameAncestors(origins: readonly string[] | null): string {
  const safe = (origins ?? []).filter((o) => ORIGIN_SHAPE.test(o)).slice(0, MAX_EMBED_ORIGINS);
  if (safe.length === 0 && (origins ?? []).length === 0) return 'frame-ancestors *';
  return ['frame-ancestors', "'self'", ...safe].join(' ');
}
