import type { QueueFilter } from './schemas';

/** The review queue's address for a filter (what its GET form submits), plus extra parameters. */
export function reviewHref(campaignId: string, filter: Partial<QueueFilter>, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  if (filter.status && filter.status !== 'awaiting') params.set('status', filter.status);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.country) params.set('country', filter.country);
  if (filter.q) params.set('q', filter.q);
  if (filter.page && filter.page > 1) params.set('page', String(filter.page));
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) params.set(k, v);
  const qs = params.toString();
  return `/dashboard/campaigns/${campaignId}/review${qs ? `?${qs}` : ''}`;
}
