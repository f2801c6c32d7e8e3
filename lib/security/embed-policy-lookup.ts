import { locales } from '../i18n/locales';
import { embedFrameAncestors } from './embed-origins';

/**
 * The embeddable sign-on pages, of the original or of a translation (/letters/{slug}/{locale}/…):
 * the form, its individuals' twin, and where a sign-on lands.
 */
const EMBED_DOCUMENT = new RegExp(`^/letters/([^/]+)(?:/(?:${locales.join('|')}))?/embed(?:/as-individual|/check-email)?$`);

/** As long as a cached public page may be stale (revalidate = 5), so a settings change shows as fast. */
const TTL_MS = 5_000;
const MAX_ENTRIES = 1_000;
const LOOKUP_TIMEOUT_MS = 2_000;
const refused = "frame-ancestors 'none'";

type Entry = { at: number; directive: Promise<string> };
const memo = new Map<string, Entry>();

/** The slug, still percent-encoded as in the address, of an embeddable page; null for any other path. */
export function embedDocumentSlug(pathname: string): string | null {
  return EMBED_DOCUMENT.exec(pathname)?.[1] ?? null;
}

/**
 * Where this server answers itself: the address `next start` listens on, else the public one.
 * The proxy has no database, so it reads a campaign's rule from the cached route
 * /letters/{slug}/embed/origins.json like any visitor would (docs/decisions/0008).
 */
const selfOrigin = () => process.env.__NEXT_PRIVATE_ORIGIN || process.env.APP_URL || 'http://127.0.0.1:3000';

async function fetchDirective(encodedSlug: string): Promise<string> {
  const response = await fetch(`${selfOrigin()}/letters/${encodedSlug}/embed/origins.json`, {
    signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
    headers: { accept: 'application/json' },
  });
  if (!response.ok) return refused;
  const body = (await response.json()) as { origins?: unknown };
  const origins = Array.isArray(body.origins) ? body.origins.filter((o): o is string => typeof o === 'string') : null;
  return embedFrameAncestors(origins);
}

/**
 * The frame-ancestors directive for a letter's embeddable pages, remembered for a few seconds
 * per server. A failed lookup refuses framing this once and is not remembered: a restriction
 * a campaign set must never be skipped because its rule could not be read.
 */
export function embedFrameAncestorsFor(encodedSlug: string, now = Date.now()): Promise<string> {
  const hit = memo.get(encodedSlug);
  if (hit && now - hit.at < TTL_MS) return hit.directive;
  if (memo.size >= MAX_ENTRIES) memo.clear();
  const directive = fetchDirective(encodedSlug).catch(() => {
    memo.delete(encodedSlug);
    return refused;
  });
  memo.set(encodedSlug, { at: now, directive });
  return directive;
}
