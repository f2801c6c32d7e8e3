import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Counts } from './summary';
import type { PositionedEntry } from './types';

export const DOCUMENT_FORMAT = 'undersigned-list/1';

/**
 * Everything of the JSON export except its entries. The export is the canonical JSON
 * (RFC 8785) of `{...meta, entries}`; the published hash is the SHA-256 of exactly those bytes.
 */
export type ListDocumentMeta = {
  format: typeof DOCUMENT_FORMAT;
  campaign: { slug: string; title: string; language: string };
  letterVersion: number;
  /** ISO 8601 in UTC; null for a coordinator's export of a list that is not locked yet. */
  lockedAt: string | null;
  counts: Counts;
  summary: string;
};


/** The entry exactly as the document holds it: every key present, absent values null. */
export const documentEntry = (e: PositionedEntry): PositionedEntry => ({
  position: e.position,
  kind: e.kind,
  name: e.name,
  acronym: e.acronym ?? null,
  title: e.title ?? null,
  country: e.country ?? null,
});

function canonical(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value has no JSON form');
  return text;
}

type Batches = Iterable<readonly PositionedEntry[]> | AsyncIterable<readonly PositionedEntry[]>;

/**
 * The canonical JSON of the document, piece by piece, so a list of any length is written
 * without being held in memory. RFC 8785 orders an object's members by key (UTF-16 code
 * units) and leaves arrays in order, so each top-level member and each entry can be written
 * on its own; `canonicalize` of the whole document gives the same bytes (tested).
 */
export async function* documentChunks(meta: ListDocumentMeta, batches: Batches): AsyncGenerator<string> {
  const members: [string, unknown][] = [...Object.entries(meta), ['entries', null]];
  members.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  yield '{';
  for (const [i, [key, value]] of members.entries()) {
    const prefix = `${i > 0 ? ',' : ''}${canonical(key)}:`;
    if (key !== 'entries') {
      yield prefix + canonical(value);
      continue;
    }
    yield `${prefix}[`;
    let first = true;
    for await (const batch of batches) {
      if (batch.length === 0) continue;
      yield (first ? '' : ',') + batch.map((e) => canonical(documentEntry(e))).join(',');
      first = false;
    }
    yield ']';
  }
  yield '}';
}

/** SHA-256 (hex) over the canonical document, computed the way a reader recomputes it. */
export async function hashDocument(meta: ListDocumentMeta, batches: Batches): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of documentChunks(meta, batches)) hash.update(chunk, 'utf8');
  return hash.digest('hex');
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The whole document as one string (tests and small lists). */
export async function documentText(meta: ListDocumentMeta, batches: Batches): Promise<string> {
  let text = '';
  for await (const chunk of documentChunks(meta, batches)) text += chunk;
  return text;
}
