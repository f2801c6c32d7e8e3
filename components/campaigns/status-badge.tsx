import { statusLabel } from '@/lib/campaigns/labels';
import type { CampaignStatus } from '@/lib/campaigns/lifecycle';

export function StatusBadge({ status }: { status: CampaignStatus }) {
  return <span className="inline-block rounded-full border border-line bg-white px-3 py-0.5 text-sm">{statusLabel[status]}</span>;
}
