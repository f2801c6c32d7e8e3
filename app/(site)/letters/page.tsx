import type { Metadata } from 'next';
import Link from 'next/link';
import { showsArchive } from '@/lib/campaigns/cache';
import { statusLabel } from '@/lib/campaigns/labels';
import { formatDay } from '@/lib/dates';
import { listArchive } from '@/lib/lists/queries';
import { letterPath } from '@/lib/urls';

export const metadata: Metadata = { title: 'Letters' };

// Cached like the letter pages, and renewed with any of them.
export const revalidate = 5;

export default async function LettersPage() {
  // `next build` renders this page once with no database to read: the server renders it afresh.
  const letters = process.env.NEXT_PHASE === 'phase-production-build' ? [] : await listArchive();
  await showsArchive();
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold mb-6">Letters</h1>
      {letters.length === 0 ? (
        <p>No letters have been published yet.</p>
      ) : (
        <ul className="space-y-4">
          {letters.map((l) => (
            <li key={l.slug} className="card">
              <h2 className="font-serif text-xl font-semibold" lang={l.language}>
                <Link href={letterPath(l.slug)}>{l.title}</Link>
              </h2>
              <p className="text-sm text-muted mt-1">
                {statusLabel[l.status]}
                {l.status === 'delivered' && l.deliveredAt && <> · delivered {formatDay(l.deliveredAt)}</>}
                {l.status === 'locked' && l.lockedAt && <> · locked {formatDay(l.lockedAt)}</>}
              </p>
              <p className="mt-2">{l.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
