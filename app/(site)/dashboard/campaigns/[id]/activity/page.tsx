import type { Metadata } from 'next';
import { formatMoment } from '@/lib/dates';
import { RecordTable } from '@/components/ui/record-table';
import { describeActivity } from '@/lib/audit/describe';
import { actionLabel } from '@/lib/audit/labels';
import { listCampaignActivity } from '@/lib/campaigns/coordinator-queries';
import { loadCampaignTab } from '../load-tab';

export const metadata: Metadata = { title: 'Activity' };

export default async function ActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const { found: events } = await loadCampaignTab(params, '/activity', listCampaignActivity);
  return (
    <div>
      <h1 className="font-serif text-2xl font-semibold mb-3">Activity</h1>
      <p className="mb-4 text-sm text-muted">Everything done on this campaign, newest first.</p>
      <RecordTable columns={['When', 'Who', 'What', 'From → to', 'Details']}>
        {events.map((e) => (
          <tr key={e.id} className="border-b border-line align-top">
            <td className="py-2 pr-3 whitespace-nowrap">{formatMoment(e.at)}</td>
            <td className="py-2 pr-3">{e.actor}</td>
            <td className="py-2 pr-3">{actionLabel(e.action)}</td>
            <td className="py-2 pr-3 whitespace-nowrap">{e.from || e.to ? `${e.from ?? '—'} → ${e.to ?? '—'}` : ''}</td>
            <td className="py-2 break-words">{describeActivity(e.action, e.details)}</td>
          </tr>
        ))}
      </RecordTable>
    </div>
  );
}
