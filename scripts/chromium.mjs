import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Chromium that Playwright downloaded itself (`npx playwright install chromium`), if any. */
export function playwrightChromium() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return null;
  for (const dir of readdirSync(root).filter((d) => d.startsWith('chromium-')).sort().reverse()) {
    for (const rel of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium']) {
      const file = path.join(root, dir, rel);
      if (existsSync(file)) return file;
    }
  }
  return null;
}

/** The Chromium the end-to-end tests drive: the system's, or one Playwright downloaded. */
export function findChromium() {
  return candidates.find((p) => p && existsSync(p)) ?? playwrightChromium();
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Gets a browser when none is installed, so that `npm install && npm test` is all the set-up:
 * Playwright's own download where the network allows it, else the system package when this
 * process may install one; only if both fail does it stop, with what to do.
 */
function obtainChromium() {
  console.error('No Chromium found for the end-to-end tests: trying to get one.');
  if (process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD !== '1') {
    console.error('--- npx playwright install chromium');
    if (run('npx', ['playwright', 'install', 'chromium']) && findChromium()) return findChromium();
  }
  if (process.platform === 'linux' && existsSync('/usr/bin/apt-get')) {
    const sudo = isRoot() ? [] : spawnSync('sudo', ['-n', 'true']).status === 0 ? ['sudo', '-n'] : null;
    if (sudo) {
      console.error('--- apt-get install -y chromium');
      const [cmd, ...pre] = [...sudo, 'apt-get'];
      run(cmd, [...pre, 'update', '-qq']);
      if (run(cmd, [...pre, 'install', '-y', '-qq', 'chromium']) && findChromium()) return findChromium();
    }
  }
  return null;
}

export function requireChromium() {
  const found = findChromium() ?? obtainChromium();
  if (!found) {
    console.error(
      [
        'No Chromium found for the end-to-end tests, and none could be installed.',
        'Install one with:   sudo apt-get install -y chromium   (or: npx playwright install chromium)',
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
      ].join('\n'),
    );
    process.exit(1);
  }
  return found;
}
