import { letterPath } from '../urls';

/** A target's personal sign-on page: rendered per request, never cached (proxy.ts lists it as private). */
export const invitedPath = (slug: string, token: string) => `${letterPath(slug)}/invited/${token}`;
/** Where a target tells us to stop writing about this letter. */
export const optOutPath = (token: string) => `/outreach/opt-out/${token}`;
