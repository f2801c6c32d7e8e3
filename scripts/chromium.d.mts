export function findChromium(): string | null;
export function playwrightChromium(): string | null;
export function requireChromium(): string;
