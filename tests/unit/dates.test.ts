import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment } from '@/lib/dates';

const at = new Date('2026-11-30T16:05:00Z');

describe('dates', () => {
  it('reads one way: day, month, year, and a 24-hour time with its zone', () => {
    expect(formatDay(at)).toBe('30 November 2026');
    expect(formatMoment(at)).toBe('30 November 2026, 16:05 UTC');
    expect(formatMoment(at, { timeZone: 'Europe/Berlin' })).toBe('30 November 2026, 17:05 Europe/Berlin (CET)');
    expect(formatDay(new Date('2026-11-30T23:30:00Z'), { timeZone: 'Asia/Tokyo' })).toBe('1 December 2026');
    expect(formatDay(at, { language: 'fr' })).toBe('30 novembre 2026');
  });

  it('falls back to UTC for a zone it does not know, and says so', () => {
    expect(formatMoment(at, { timeZone: 'Mars/Olympus' })).toBe('30 November 2026, 16:05 UTC');
  });

  it('is the only place that formats dates for people (so a page never mixes styles)', () => {
    const roots = ['app', 'components', 'lib'];
    // deadline.ts converts wall-clock times between zones; it shows nothing.
    const allowed = new Set(['lib/dates.ts', 'lib/campaigns/deadline.ts']);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.tsx?$/.test(name) && !allowed.has(file)) {
          const text = readFileSync(file, 'utf8');
          if (/Intl\.DateTimeFormat|toUTCString|toLocaleDateString|toLocaleTimeString|toLocaleString\(\s*\)/.test(text)) offenders.push(file);
        }
      }
    };
    roots.forEach(walk);
    expect(offenders).toEqual([]);
  });
});
