/** A moment as the public record shows it: unambiguous, in UTC. */
export function formatMoment(date: Date, language = 'en'): string {
  const text = new Intl.DateTimeFormat([language, 'en'], { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date);
  return `${text} UTC`;
}

export function formatDay(date: Date, language = 'en', timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat([language, 'en'], { dateStyle: 'long', timeZone }).format(date);
}
