import { describe, expect, it } from 'vitest';
import { utcToZonedLocal, zonedLocalToUtc } from '@/lib/campaigns/deadline';

describe('deadlines in a time zone', () => {
  it('stores a wall-clock deadline as the right instant, summer and winter', () => {
    expect(zonedLocalToUtc('2026-12-01T17:00', 'Europe/Amsterdam')?.toISOString()).toBe('2026-12-01T16:00:00.000Z');
    expect(zonedLocalToUtc('2026-07-01T17:00', 'Europe/Amsterdam')?.toISOString()).toBe('2026-07-01T15:00:00.000Z');
    expect(zonedLocalToUtc('2026-07-01T09:30', 'America/New_York')?.toISOString()).toBe('2026-07-01T13:30:00.000Z');
    expect(zonedLocalToUtc('2026-07-01T09:30', 'Asia/Kolkata')?.toISOString()).toBe('2026-07-01T04:00:00.000Z');
  });

  it('round-trips to the value shown in the form', () => {
    const at = zonedLocalToUtc('2027-03-28T23:45', 'Pacific/Auckland')!;
    expect(utcToZonedLocal(at, 'Pacific/Auckland')).toBe('2027-03-28T23:45');
  });

  it('rejects malformed input and unknown zones', () => {
    expect(zonedLocalToUtc('tomorrow', 'UTC')).toBeNull();
    expect(zonedLocalToUtc('2026-12-01T17:00', 'Mars/Olympus')).toBeNull();
  });
});
