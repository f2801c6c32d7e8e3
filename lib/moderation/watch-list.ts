import { env } from '../env';
import { normalizeName } from '../sign-ons/normalize';

/**
 * Names of well-known people whose sign-ons deserve a second look before approval (an
 * impostor signing as a head of state is the classic embarrassment). Operators extend it
 * with the MODERATION_WATCH_LIST setting.
 */
const defaults = [
  'Antonio Guterres',
  'Volker Turk',
  'Greta Thunberg',
  'Malala Yousafzai',
  'Pope Francis',
  'Pope Leo XIV',
  'Desmond Tutu',
  'Noam Chomsky',
  'Jane Goodall',
  'Barack Obama',
  'Nelson Mandela',
];

let cache: { source: string | undefined; names: Set<string> } | undefined;

export function watchList(): Set<string> {
  const source = env().MODERATION_WATCH_LIST;
  if (!cache || cache.source !== source) {
    const extra = (source ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    cache = { source, names: new Set([...defaults, ...extra].map(normalizeName)) };
  }
  return cache.names;
}

/** Whether a name matches the watch list, ignoring titles like "Dr." and word order noise. */
export function isWatched(name: string): boolean {
  const normalized = normalizeName(name).replace(/^(dr|prof|professor|mr|mrs|ms|sir|dame|hon|he)\s+/u, '');
  return watchList().has(normalized);
}
