// Next.js's cache for this app (next.config.ts `cacheHandler`): rendered public pages and cached
// data live in each server's memory, and tag invalidations are shared between every server, the
// worker and the command-line tools through PostgreSQL LISTEN/NOTIFY (docs/decisions/0006).
// Plain JavaScript: Next.js loads this file itself, outside the app's bundles.
import { randomUUID } from 'node:crypto';

const CHANNEL = 'undersigned_cache';
/** Pages and data entries one server keeps; the least recently used go first. */
const MAX_ENTRIES = Number(process.env.CACHE_MAX_ENTRIES ?? 5000);
/**
 * A burst of changes (hundreds of approvals a second) expires a tag about once a second: each
 * tag may expire twice within COALESCE_MS at once (so a person's two quick changes, say an
 * approval and an import, both show at once), and further changes wait for their turn, so each
 * page is rendered again at most about once a second per server and the last change of a burst
 * is never more than a second behind.
 */
const COALESCE_MS = 1000;
const BURST = 2;
const TAGS_HEADER = 'x-next-cache-tags';

/** Shared by every copy of this module in the process (Next.js may load it more than once). */
const state = (globalThis[Symbol.for('undersigned.cache')] ??= {
  entries: new Map(),
  expiredAt: new Map(),
  lastExpiry: new Map(),
  pending: new Map(),
  instance: randomUUID(),
  listening: null,
  sql: null,
});

function expireNow(tags) {
  const now = Date.now();
  for (const tag of tags) {
    state.expiredAt.set(tag, now);
    state.lastExpiry.set(tag, [...(state.lastExpiry.get(tag) ?? []), now].slice(-BURST));
  }
}

/** Expires tags here: at once while a tag has expired fewer than BURST times in COALESCE_MS, else at its turn. */
function expire(tags) {
  const now = Date.now();
  for (const tag of tags) {
    const recent = (state.lastExpiry.get(tag) ?? []).filter((t) => now - t < COALESCE_MS);
    if (recent.length < BURST) {
      expireNow([tag]);
    } else if (!state.pending.has(tag)) {
      const timer = setTimeout(() => {
        state.pending.delete(tag);
        expireNow([tag]);
      }, recent[0] + COALESCE_MS - now);
      timer.unref?.();
      state.pending.set(tag, timer);
    }
  }
}

/** Everything, for a server that may have missed notifications while disconnected. */
function expireAll() {
  state.entries.clear();
}

// The app's own code in this process (the worker, a campaign change outside a request) expires
// tags through this hook, without a round trip to the database.
globalThis[Symbol.for('undersigned.cache.expire')] = (tags) => expire(tags);

function listen() {
  if (state.listening || !process.env.DATABASE_URL) return;
  state.listening = (async () => {
    const { default: postgres } = await import('postgres');
    state.sql = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {}, idle_timeout: 0 });
    let connected = false;
    await state.sql.listen(
      CHANNEL,
      (payload) => {
        try {
          const message = JSON.parse(payload);
          if (message.from !== state.instance && Array.isArray(message.tags)) expire(message.tags);
        } catch {
          // Not one of ours.
        }
      },
      () => {
        // Called on every (re)connection: after a gap, nothing cached can be trusted.
        if (connected) expireAll();
        connected = true;
      },
    );
  })().catch((error) => {
    state.listening = null;
    console.error(`[cache] cannot listen for invalidations: ${error.message}`);
  });
}

async function publish(tags) {
  if (!process.env.DATABASE_URL) return;
  listen();
  await state.listening;
  await state.sql?.notify(CHANNEL, JSON.stringify({ from: state.instance, tags })).catch((error) => {
    console.error(`[cache] cannot announce invalidation: ${error.message}`);
  });
}

function tagsOf(data, ctx) {
  const header = data?.headers?.[TAGS_HEADER];
  const own = typeof header === 'string' ? header.split(',') : [];
  return [...own, ...(ctx?.tags ?? [])];
}

export default class CacheHandler {
  constructor() {
    listen();
  }

  async get(key, ctx) {
    const entry = state.entries.get(key);
    if (!entry) return null;
    const tags = [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    if (tags.some((tag) => (state.expiredAt.get(tag) ?? 0) >= entry.lastModified)) {
      state.entries.delete(key);
      return null;
    }
    state.entries.delete(key);
    state.entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    if (!data) {
      state.entries.delete(key);
      return;
    }
    state.entries.delete(key);
    state.entries.set(key, { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx), cacheControl: ctx?.cacheControl });
    while (state.entries.size > MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value);
  }

  async revalidateTag(tags) {
    const list = typeof tags === 'string' ? [tags] : [...tags];
    if (list.length === 0) return;
    expire(list);
    await publish(list);
  }

  resetRequestCache() {}
}
