import { env } from './env';

/** Absolute URL on the public base (APP_URL); every link in an email uses it. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, env().APP_URL).toString();
}

export const letterPath = (slug: string) => `/letters/${encodeURIComponent(slug)}`;
/** The public version history; with two versions, their full comparison. */
export const versionsPath = (slug: string, compare?: { from: number; to: number }) =>
  `${letterPath(slug)}/versions${compare ? `?from=${compare.from}&to=${compare.to}` : ''}`;
/** The letter's social card (Open Graph image), drawn from its live state. */
export const ogImagePath = (slug: string) => `${letterPath(slug)}/og.png`;
/** The sign-on page other sites may put in a frame. */
export const embedPath = (slug: string) => `${letterPath(slug)}/embed`;
