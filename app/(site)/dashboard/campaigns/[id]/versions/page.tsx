import type { Metadata } from 'next';
import { formatMoment } from '@/lib/dates';
import { CompareVersions } from '@/components/letters/compare-versions';
import { RecordTable } from '@/components/ui/record-table';
import { getVersionDiff, listLetterVersions } from '@/lib/campaigns/coordinator-queries';
import { loadCampaignTab } from '../load-tab';

export const metadata: Metadata = { title: 'Letter versions' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const kindLabel = { initial: 'First version', minor: 'Minor', substantive: 'Substantive' } as const;

function versionParam(value: string | string[] | undefined, fallback: number, max: number): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

export default async function VersionsPage({ params, searchParams }: Props) {
  const { me, campaign, found: versions } = await loadCampaignTab(params, '/versions', listLetterVersions);
  const latest = campaign.currentVersion;
  const query = await searchParams;
  const to = versionParam(query.to, latest, latest);
  const from = versionParam(query.from, Math.max(1, to - 1), latest);
  const diff = from !== to ? await getVersionDiff(campaign.id, me.id, from, to) : null;

  return (
    <div className="space-y-8">
      <section>
        <h1 className="font-serif text-2xl font-semibold mb-3">Versions</h1>
        {campaign.status === 'draft' && (
          <p className="mb-3 text-sm text-muted">While the campaign is a draft there is one version, edited in place.</p>
        )}
        <RecordTable columns={['Version', 'Saved', 'By', 'Kind', 'Note']}>
          {versions.map((v) => (
            <tr key={v.number} className="border-b border-line align-top">
              <td className="py-2 pr-3 font-semibold">{v.number}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{formatMoment(v.createdAt)}</td>
              <td className="py-2 pr-3">{v.editor ?? '—'}</td>
              <td className="py-2 pr-3">{kindLabel[v.changeKind]}</td>
              <td className="py-2">{v.changeNote || '—'}</td>
            </tr>
          ))}
        </RecordTable>
      </section>

      {versions.length > 1 && <CompareVersions versions={versions} from={from} to={to} changes={diff?.changes ?? null} />}
    </div>
  );
}
