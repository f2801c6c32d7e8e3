/** The path of the system Chromium the end-to-end tests drive, or null. */
export function findChromium(): string | null;
/** The same, or exits with the install instructions when there is none. */
export function requireChromium(): string;
