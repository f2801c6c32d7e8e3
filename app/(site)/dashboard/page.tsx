import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/campaigns/status-badge';
import { requireCoordinator } from '@/lib/auth/session';
import { listCoordinatorCampaigns } from '@/lib/campaigns/coordinator-queries';
import { formatMoment } from '@/lib/dates';

export const metadata: Metadata = { title: 'Your campaigns' };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ deleted?: string | string[] }> }) {
  const me = await requireCoordinator('/dashboard');
  const list = await listCoordinatorCampaigns(me.id);
  const deleted = (await searchParams).deleted === '1';
  return (
    <div>
      {deleted && (
        <p role="status" className="mb-4 rounded-md border border-ok/40 bg-ok/5 px-3 py-2 text-sm text-ok">
          The campaign was deleted.
        </p>
      )}
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-semibold">Your campaigns</h1>
        {me.canCreateCampaigns && (
          <Link href="/dashboard/campaigns/new" className="btn-primary">
            New campaign
          </Link>
        )}
      </div>
      {list.length === 0 ? (
        <p>
          {me.canCreateCampaigns
            ? 'You have no campaigns yet. Create one, or ask a campaign’s owner to invite you.'
            : 'You have no campaigns at the moment. Ask a campaign’s owner to invite you, or your instance’s operator to let you start campaigns.'}
        </p>
      ) : (
        <ul className="space-y-4">
          {list.map((c) => (
            <li key={c.id} className="card">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-serif text-xl font-semibold">
                  <Link href={`/dashboard/campaigns/${c.id}`}>{c.title}</Link>
                </h2>
                <StatusBadge status={c.effectiveStatus} />
              </div>
              <dl className="mt-3 grid grid-cols-2 sm:grid-cols-5 gap-2 text-sm">
                {c.status === 'locked' || c.status === 'delivered' ? (
                  <Count label="Not included" value={c.notIncluded} />
                ) : (
                  <Count label="Pending review" value={c.pendingReview} />
                )}
                <Count label="Organizations" value={c.organizations} />
                <Count label="Individuals" value={c.individuals} />
                <Count label="Countries" value={c.countries} />
                <div>
                  <dt className="text-muted">Deadline</dt>
                  <dd>{c.deadline ? formatMoment(c.deadline, { timeZone: c.deadlineTimeZone }) : 'None'}</dd>
                </div>
              </dl>
              <p className="mt-2 text-sm text-muted">You are {c.role === 'owner' ? 'an owner' : 'an editor'}.</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One figure in a campaign's summary line. */
function Count({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-muted">{label}</dt>
      <dd className="font-semibold">{value}</dd>
    </div>
  );
}
