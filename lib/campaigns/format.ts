/** A date and time as the coordinator meant it: in the campaign's zone, in the letter's language. */
export function formatDeadline(deadline: Date, timeZone: string | null, language = 'en'): string {
  const options: Intl.DateTimeFormatOptions = {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: timeZone ?? 'UTC',
  };
  try {
    return `${new Intl.DateTimeFormat(language, options).format(deadline)} (${zoneLabel(deadline, timeZone ?? 'UTC', language)})`;
  } catch {
    return `${new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' }).format(deadline)} (UTC)`;
  }
}

function zoneLabel(date: Date, timeZone: string, language: string): string {
  const part = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  return timeZone === 'UTC' ? 'UTC' : `${timeZone.replace(/_/g, ' ')}${part ? `, ${part}` : ''}`;
}

export function formatDate(date: Date, timeZone: string | null, language = 'en'): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: timeZone ?? 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}
