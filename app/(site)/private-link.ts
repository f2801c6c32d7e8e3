import 'server-only';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';

/** The route parameters of a page opened from a private link in an email. */
export type PrivateLinkParams = Promise<{ token: string }>;

/**
 * For a page behind a private link (a signer's, or an invited organization's): the token and
 * what it opens, or the segment's not-found page. Read at request time, never prerendered: the
 * answer is one person's and changes as they act on it.
 */
export async function openPrivateLink<T>(params: PrivateLinkParams, find: (token: string) => Promise<T | null>) {
  await connection();
  const { token } = await params;
  const found = await find(token);
  if (!found) notFound();
  return { token, found };
}
