/**
 * The one way dates read in this app, on every page and in every export: "1 December 2026",
 * and with a time "1 December 2026, 16:05 UTC" (24-hour clock, the zone always named). The
 * letter's language names the month; English reads day first, as most of the world writes it.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = withTime
      ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone };
    try {
      f = new Intl.DateTimeFormat([language === 'en' ? 'en-GB' : language, 'en-GB'], options);
    } catch {
      // An unknown zone or language tag falls back rather than failing a page.
      f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    }
    formatters.set(key, f);
  }
  return f;
}

export type DateOptions = { language?: string; timeZone?: string | null };

const zoneOf = (timeZone: string | null | undefined) => timeZone ?? 'UTC';

/** "1 December 2026" (in the given zone, UTC unless told). */
export function formatDay(date: Date, { language = 'en', timeZone }: DateOptions = {}): string {
  return formatter(language, zoneOf(timeZone), false).format(date);
}

/** "1 December 2026, 16:05 UTC", or with a zone "1 December 2026, 17:05 Europe/Berlin (CET)". */
export function formatMoment(date: Date, { language = 'en', timeZone }: DateOptions = {}): string {
  const zone = zoneOf(timeZone);
  const f = formatter(language, zone, true);
  // The formatter fell back to UTC if the zone was unknown: then say UTC.
  const used = f.resolvedOptions().timeZone;
  return `${formatDay(date, { language, timeZone: used })}, ${f.format(date)} ${zoneLabel(date, used)}`;
}

function zoneLabel(date: Date, timeZone: string): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  const short = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  return `${timeZone.replace(/_/g, ' ')}${short ? ` (${short})` : ''}`;
}
