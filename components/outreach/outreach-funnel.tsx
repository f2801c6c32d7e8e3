import type { Funnel } from '@/lib/outreach/lifecycle';

const steps: { key: keyof Funnel; label: string }[] = [
  { key: 'targets', label: 'Targets' },
  { key: 'invited', label: 'Invited' },
  { key: 'signed', label: 'Signed' },
  { key: 'approved', label: 'Approved' },
  { key: 'optedOut', label: 'Opted out' },
];

/** How far the campaign's invitations have got: each step counts everyone who reached it. */
export function OutreachFunnel({ funnel }: { funnel: Funnel }) {
  return (
    <dl className="grid grid-cols-5 gap-2 text-center" aria-label="Outreach funnel">
      {steps.map((s) => (
        <div key={s.key} className="rounded-md border border-line p-2">
          <dt className="text-xs text-muted">{s.label}</dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid={`funnel-${s.key}`}>
            {funnel[s.key]}
          </dd>
        </div>
      ))}
    </dl>
  );
}
