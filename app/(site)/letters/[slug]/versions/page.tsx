import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { CompareVersions } from '@/components/letters/compare-versions';
import { getPublicVersionDiff, getPublicVersionHistory } from '@/lib/letters/queries';
import { letterPath } from '@/lib/urls';
import { formatMoment } from '@/lib/dates';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const kindLabel = { initial: 'First version', minor: 'Minor', substantive: 'Substantive' } as const;

function versionParam(value: string | string[] | undefined, fallback: number, max: number): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const history = await getPublicVersionHistory((await params).slug);
  return history ? { title: `Versions: ${history.title}` } : {};
}

/** Every version of a published letter and a word diff of any two: what signers were told changed. */
export default async function PublicVersionsPage({ params, searchParams }: Props) {
  await connection();
  const history = await getPublicVersionHistory((await params).slug);
  if (!history) notFound();
  const latest = history.currentVersion;
  const query = await searchParams;
  const to = versionParam(query.to, latest, latest);
  const from = versionParam(query.from, Math.max(1, to - 1), latest);
  const changes = from !== to ? await getPublicVersionDiff(history.id, from, to) : null;

  return (
    <div className="max-w-3xl space-y-8">
      <section>
        <p className="mb-2">
          <Link href={letterPath(history.slug)}>← {history.title}</Link>
        </p>
        <h1 className="font-serif text-3xl font-semibold mb-3">Versions of this letter</h1>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-2 pr-3">Version</th>
                <th scope="col" className="py-2 pr-3">Saved (UTC)</th>
                <th scope="col" className="py-2 pr-3">Kind</th>
                <th scope="col" className="py-2">Note</th>
              </tr>
            </thead>
            <tbody>
              {history.versions.map((v) => (
                <tr key={v.number} className="border-b border-line align-top">
                  <td className="py-2 pr-3 font-semibold">{v.number}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatMoment(v.createdAt)}</td>
                  <td className="py-2 pr-3">{kindLabel[v.changeKind]}</td>
                  <td className="py-2">{v.changeNote || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {history.versions.length > 1 && <CompareVersions versions={history.versions} from={from} to={to} changes={changes} />}
    </div>
  );
}
