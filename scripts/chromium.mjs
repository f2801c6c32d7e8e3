import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The system Chromium the end-to-end tests drive; Playwright's own download is not used. */
export function findChromium() {
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

export function requireChromium() {
  const found = findChromium();
  if (!found) {
    console.error(
      [
        'No Chromium found for the end-to-end tests.',
        'Install one with:   sudo apt-get install -y chromium',
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
      ].join('\n'),
    );
    process.exit(1);
  }
  return found;
}
