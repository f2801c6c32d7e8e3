/** Creates a database next to the one in `url` (optionally from a template); `drop` removes it. */
export function createFreshDatabase(
  url: string,
  options?: { suffix?: string; template?: string },
): Promise<{ url: string; name: string; drop(): Promise<void> }>;
