import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { statusLabel } from '@/lib/campaigns/labels';
import { formatDay } from '@/lib/dates';
import { listArchive } from '@/lib/lists/queries';
import { letterPath } from '@/lib/urls';

export const metadata: Metadata = { title: 'Letters' };

export default async function LettersPage() {
  await connection();
  const letters = await listArchive();
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
