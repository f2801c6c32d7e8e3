import { describe, expect, it } from 'vitest';
import { regionOf } from '@/lib/insights/regions';
import { countryCodes } from '@/lib/lists/countries';

describe('UN M49 regions', () => {
  it('places every country code but Antarctica in exactly one region', () => {
    const missing = countryCodes.filter((c) => !regionOf[c]);
    expect(missing).toEqual(['AQ']);
    expect(Object.keys(regionOf).filter((c) => !countryCodes.includes(c))).toEqual([]);
    expect([regionOf.KE, regionOf.BR, regionOf.JP, regionOf.NL, regionOf.FJ]).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
  });
});

describe('insight charts', () => {
  it('fills the quiet days between active ones, so the chart’s x axis is time', async () => {
    const { fillDays } = await import('@/components/insights/daily-chart');
    expect(fillDays([
      { day: '2026-11-30', submitted: 2, confirmed: 1, approved: 0 },
      { day: '2026-12-02', submitted: 1, confirmed: 1, approved: 1 },
    ]).map((d) => [d.day, d.submitted])).toEqual([
      ['2026-11-30', 2],
      ['2026-12-01', 0],
      ['2026-12-02', 1],
    ]);
  });

  it('says how long a review took in the unit that matters', async () => {
    const { formatDuration } = await import('@/components/insights/insights-panel');
    expect([formatDuration(300), formatDuration(3 * 3600 + 1200), formatDuration(50 * 3600)]).toEqual(['5 min', '3 h 20 min', '2 days 2 h']);
  });
});
