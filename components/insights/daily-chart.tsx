import type { DailyCount } from '@/lib/insights/queries';
import { formatDay } from '@/lib/dates';

const series = [
  { key: 'submitted', label: 'Submitted', className: 'stroke-accent', dash: '6 4' },
  { key: 'confirmed', label: 'Confirmed', className: 'stroke-warn', dash: '2 3' },
  { key: 'approved', label: 'Approved', className: 'stroke-ok', dash: undefined },
] as const;

const W = 600;
const H = 240;
const PAD = { left: 44, right: 12, top: 12, bottom: 36 };
const DAY = 86_400_000;

/** Every day from the first to the last with activity, the quiet ones at zero, so the x axis is time. */
export function fillDays(days: readonly DailyCount[]): DailyCount[] {
  if (days.length === 0) return [];
  const byDay = new Map(days.map((d) => [d.day, d]));
  const first = Date.parse(`${days[0]!.day}T00:00:00Z`);
  const last = Date.parse(`${days.at(-1)!.day}T00:00:00Z`);
  const filled: DailyCount[] = [];
  for (let t = first; t <= last; t += DAY) {
    const day = new Date(t).toISOString().slice(0, 10);
    filled.push(byDay.get(day) ?? { day, submitted: 0, confirmed: 0, approved: 0 });
  }
  return filled;
}

const label = (day: string) => formatDay(new Date(`${day}T00:00:00Z`));

/**
 * Sign-ons submitted, confirmed and approved per day, as an SVG drawn on the server (it needs
 * no script and scales to the screen), with a table of the same figures for those who cannot
 * see it. Lines differ in dash as well as colour.
 */
export function DailyChart({ days }: { days: readonly DailyCount[] }) {
  const filled = fillDays(days);
  if (filled.length === 0) return <p className="text-sm text-muted">No sign-ons yet.</p>;
  const max = Math.max(1, ...filled.flatMap((d) => [d.submitted, d.confirmed, d.approved]));
  const x = (i: number) => PAD.left + (filled.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (filled.length - 1));
  const y = (n: number) => H - PAD.bottom - (n * (H - PAD.top - PAD.bottom)) / max;
  const totals = Object.fromEntries(series.map((s) => [s.key, filled.reduce((n, d) => n + d[s.key], 0)]));
  const description = `From ${label(filled[0]!.day)} to ${label(filled.at(-1)!.day)}: ${series
    .map((s) => `${totals[s.key]} ${s.label.toLowerCase()}`)
    .join(', ')}; at most ${max} in one day.`;
  return (
    <figure className="min-w-0">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="daily-title daily-desc" className="h-auto w-full text-[20px]">
        <title id="daily-title">Sign-ons per day</title>
        <desc id="daily-desc">{description}</desc>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="stroke-line" strokeWidth={2} />
        <line x1={PAD.left} x2={W - PAD.right} y1={y(max)} y2={y(max)} className="stroke-line" strokeDasharray="2 4" />
        <text x={PAD.left - 8} y={y(max) + 6} textAnchor="end" className="fill-muted">{max}</text>
        <text x={PAD.left - 8} y={y(0) + 6} textAnchor="end" className="fill-muted">0</text>
        <text x={PAD.left} y={H - 8} className="fill-muted">{label(filled[0]!.day)}</text>
        {filled.length > 1 && (
          <text x={W - PAD.right} y={H - 8} textAnchor="end" className="fill-muted">{label(filled.at(-1)!.day)}</text>
        )}
        {series.map((s) => (
          <g key={s.key}>
            <polyline
              fill="none"
              strokeWidth={3}
              strokeDasharray={s.dash}
              className={s.className}
              points={filled.map((d, i) => `${x(i)},${y(d[s.key])}`).join(' ')}
            />
            {filled.length === 1 && <circle cx={x(0)} cy={y(filled[0]![s.key])} r={5} className={s.className.replace('stroke', 'fill')} />}
          </g>
        ))}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {series.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-2">
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" x2="28" y1="4" y2="4" strokeWidth={3} strokeDasharray={s.dash} className={s.className} />
            </svg>
            {s.label} ({totals[s.key]})
          </span>
        ))}
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Sign-ons per day as a table</summary>
        <div className="mt-2 max-h-80 overflow-y-auto">
          <table className="w-full text-left tabular-nums">
            <caption className="sr-only">Sign-ons per day</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-2">Day</th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="py-1 pr-2 text-right">{s.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {filled.map((d) => (
                <tr key={d.day} className="border-b border-line">
                  <th scope="row" className="py-1 pr-2 font-normal">{label(d.day)}</th>
                  {series.map((s) => (
                    <td key={s.key} className="py-1 pr-2 text-right">{d[s.key]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
