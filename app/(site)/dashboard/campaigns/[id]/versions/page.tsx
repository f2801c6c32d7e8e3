import type { Metadata } from 'next';
import { formatMoment } from '@/lib/dates';
import { notFound } from 'next/navigation';
import { WordDiff } from '@/components/letters/word-diff';
import { getVersionDiff, listLetterVersions } from '@/lib/campaigns/coordinator-queries';
import { requireCampaignPage } from '@/lib/campaigns/page-context';

export const metadata: Metadata = { title: 'Letter versions' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const kindLabel = { initial: 'First version', minor: 'Minor', substantive: 'Substantive' } as const;

function versionParam(value: string | string[] | undefined, fallback: number, max: number): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

export default async function VersionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { me, campaign } = await requireCampaignPage(id, '/versions');
  const versions = await listLetterVersions(id, me.id);
  if (!versions) notFound();
  const latest = campaign.currentVersion;
  const query = await searchParams;
  const to = versionParam(query.to, latest, latest);
  const from = versionParam(query.from, Math.max(1, to - 1), latest);
  const diff = from !== to ? await getVersionDiff(id, me.id, from, to) : null;

  return (
    <div className="space-y-8">
      <section>
        <h1 className="font-serif text-2xl font-semibold mb-3">Versions</h1>
        {campaign.status === 'draft' && (
          <p className="mb-3 text-sm text-muted">While the campaign is a draft there is one version, edited in place.</p>
        )}
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-2 pr-3">Version</th>
                <th scope="col" className="py-2 pr-3">Saved</th>
                <th scope="col" className="py-2 pr-3">By</th>
                <th scope="col" className="py-2 pr-3">Kind</th>
                <th scope="col" className="py-2">Note</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.number} className="border-b border-line align-top">
                  <td className="py-2 pr-3 font-semibold">{v.number}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatMoment(v.createdAt)}</td>
                  <td className="py-2 pr-3">{v.editor ?? '—'}</td>
                  <td className="py-2 pr-3">{kindLabel[v.changeKind]}</td>
                  <td className="py-2">{v.changeNote || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {versions.length > 1 && (
        <section aria-labelledby="compare-heading">
          <h2 id="compare-heading" className="font-serif text-xl font-semibold mb-3">
            Compare two versions
          </h2>
          <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="from" className="field-label">
                From
              </label>
              <select id="from" name="from" defaultValue={from} className="field-input">
                {versions.map((v) => (
                  <option key={v.number} value={v.number}>
                    Version {v.number}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="to" className="field-label">
                To
              </label>
              <select id="to" name="to" defaultValue={to} className="field-input">
                {versions.map((v) => (
                  <option key={v.number} value={v.number}>
                    Version {v.number}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              Compare
            </button>
          </form>
          {diff ? (
            diff.changes.length === 0 ? (
              <p>
                Versions {from} and {to} have the same text.
              </p>
            ) : (
              <div className="space-y-5" aria-label={`Changes from version ${from} to version ${to}`} role="region">
                {diff.changes.map((c) => (
                  <div key={c.field} className="card">
                    <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{c.label}</h3>
                    <WordDiff segments={c.segments} />
                  </div>
                ))}
              </div>
            )
          ) : (
            <p>Choose two different versions.</p>
          )}
        </section>
      )}
    </div>
  );
}
