import type { CampaignInsights } from '@/lib/insights/queries';
import { countryName } from '@/lib/lists/countries';
import { DailyChart } from './daily-chart';

const TOP_COUNTRIES = 10;

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** "3 h 20 min", "2 days 4 h": how long a decision took, to the unit that matters. */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days ${hours % 24} h`;
}

/** A table of counts with a bar per row: the bar is decoration, the numbers are the content. */
function ShareTable({ caption, label, rows }: { caption: string; label: string; rows: { name: string; count: number }[] }) {
  const total = rows.reduce((n, r) => n + r.count, 0);
  return (
    <table className="w-full table-fixed text-left text-sm tabular-nums">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{label}</th>
          <th scope="col">Approved</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name} className="border-b border-line">
            <th scope="row" className="w-2/5 py-1 pr-2 font-normal break-words">{r.name}</th>
            <td className="w-1/6 py-1 pr-2 text-right">{r.count}</td>
            <td className="py-1">
              <span className="flex items-center gap-2">
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="h-2.5 min-w-0 flex-1" aria-hidden="true">
                  <rect width={percent(r.count, total)} height="10" className="fill-accent" />
                </svg>
                <span className="w-10 text-right">{percent(r.count, total)}%</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The overview's answer to "how are we doing?", from figures the database aggregated. */
export function InsightsPanel({ insights }: { insights: CampaignInsights }) {
  const { kinds, confirmation } = insights;
  const approved = kinds.organizations + kinds.individuals;
  const shown = insights.countries.slice(0, TOP_COUNTRIES);
  const rest = insights.countries.slice(TOP_COUNTRIES).reduce((n, c) => n + c.count, 0);
  const countryRows = [
    ...shown.map((c) => ({ name: c.country ? (countryName(c.country) ?? c.country) : 'No country given', count: c.count })),
    ...(rest > 0 ? [{ name: `${insights.countries.length - TOP_COUNTRIES} more countries`, count: rest }] : []),
  ];
  const regionRows = insights.regions.map((r) => ({ name: r.region ?? 'No country given', count: r.count }));
  return (
    <section aria-labelledby="insights-heading" className="card min-w-0 space-y-6">
      <h2 id="insights-heading" className="font-serif text-xl font-semibold">How the campaign is doing</h2>
      <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-muted">Confirmation rate</dt>
          <dd className="text-lg font-semibold" data-testid="confirmation-rate">
            {confirmation.rate === null ? '—' : `${Math.round(confirmation.rate * 100)}%`}
          </dd>
          <dd className="text-muted">
            {confirmation.confirmed} of {confirmation.submitted} sign-ons made on the form confirmed their email
          </dd>
        </div>
        <div>
          <dt className="text-muted">Median time to review</dt>
          <dd className="text-lg font-semibold" data-testid="median-review">
            {insights.medianReviewSeconds === null ? '—' : formatDuration(insights.medianReviewSeconds)}
          </dd>
          <dd className="text-muted">from confirmation to a coordinator’s decision</dd>
        </div>
        <div>
          <dt className="text-muted">Organizations and individuals</dt>
          <dd className="text-lg font-semibold">
            {kinds.organizations} and {kinds.individuals}
          </dd>
          <dd>
            <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="mt-1 h-3 w-full" role="img" aria-labelledby="kinds-title">
              <title id="kinds-title">{`Approved: ${percent(kinds.organizations, approved)}% organizations, ${percent(kinds.individuals, approved)}% individuals`}</title>
              <rect width="100" height="10" className="fill-line" />
              <rect width={percent(kinds.organizations, approved)} height="10" className="fill-accent" />
            </svg>
          </dd>
        </div>
      </dl>
      <DailyChart days={insights.days} />
      {approved > 0 && (
        <div className="grid gap-6 md:grid-cols-2">
          <ShareTable caption="Approved sign-ons by country" label="Country" rows={countryRows} />
          <ShareTable caption="Approved sign-ons by region (UN M49)" label="Region" rows={regionRows} />
        </div>
      )}
    </section>
  );
}
