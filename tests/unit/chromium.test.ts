import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { playwrightChromium } from '../../scripts/chromium.mjs';

describe('the browser for the end-to-end tests', () => {
  const saved = process.env.PLAYWRIGHT_BROWSERS_PATH;
  afterEach(() => {
    process.env.PLAYWRIGHT_BROWSERS_PATH = saved;
  });

  it('is found where Playwright downloads it when no system Chromium is installed', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'browsers-'));
    process.env.PLAYWRIGHT_BROWSERS_PATH = root;
    expect(playwrightChromium()).toBeNull();
    for (const build of ['chromium-1180', 'chromium-1200']) {
      mkdirSync(path.join(root, build, 'chrome-linux'), { recursive: true });
      writeFileSync(path.join(root, build, 'chrome-linux', 'chrome'), '');
    }
    expect(playwrightChromium()).toBe(path.join(root, 'chromium-1200', 'chrome-linux', 'chrome'));
  });
});
