import { expect, test, type Page } from '@playwright/test';
import { signIn, tab } from './support/coordinator';

const PHONE = { width: 390, height: 844 };
const FINAL = '/letters/fair-seas-for-coastal-fishers/signatories';

/**
 * What a phone user would trip over: sideways scrolling, controls sticking out of the screen
 * or too narrow for their text, menus cutting their options off, and words of a heading broken
 * across lines.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const vw = root.clientWidth;
    if (root.scrollWidth > vw) problems.push(`the page scrolls sideways (${root.scrollWidth}px in ${vw}px)`);
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && !el.closest('.sr-only') && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()} “${(el.textContent || (el as HTMLInputElement).name || '').trim().slice(0, 40)}”`;
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const el of document.querySelectorAll('main a, main button, main input:not([type=hidden]), main select, main textarea, main summary')) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.left < -1 || r.right > vw + 1) problems.push(`${name(el)} sticks out of the screen`);
      if (style.display !== 'inline' && el.tagName !== 'SELECT' && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} is too narrow for its text`);
      if (el instanceof HTMLSelectElement) {
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const longest = Math.max(...[...el.options].map((o) => canvas.measureText(o.text).width));
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
        // Long country names may be cut in a full-width menu; short menus must show their options whole.
        if (longest < vw / 2 && room < longest) problems.push(`${name(el)} cuts its options off (${Math.round(room)}px for ${Math.round(longest)}px)`);
      }
      if (el instanceof HTMLInputElement && ['text', 'search', 'email'].includes(el.type) && r.width < 200) {
        problems.push(`${name(el)} is ${Math.round(r.width)}px wide`);
      }
    }
    for (const heading of document.querySelectorAll('main h1, main h2, main h3')) {
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/[^\s\-‐–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index!);
          range.setEnd(node, word.index! + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top)));
          if (lines.size > 1) problems.push(`the word “${word[0]}” of a heading is broken across lines`);
        }
      }
    }
    return problems;
  });
}

async function openDemoCampaign(page: Page): Promise<string> {
  await page.getByRole('link', { name: /protect the River Commons/ }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns\/[0-9a-f-]+$/);
  return new URL(page.url()).pathname;
}

test('on a 390 px phone the overview, the review queue, the coordinators and the final list fit, with nothing clipped', async ({ page }) => {
  await signIn(page, 'coordinator@example.org');
  await page.setViewportSize(PHONE);
  const campaignPath = await openDemoCampaign(page);
  await expect(page.getByRole('heading', { name: 'How the campaign is doing' })).toBeVisible();
  expect(await layoutProblems(page), 'overview').toEqual([]);

  await page.goto(`${campaignPath}/review`);
  await expect(page.getByRole('article', { name: 'Fishers’ Cooperative of Lake Tana' })).toBeVisible();
  expect(await layoutProblems(page), 'review queue').toEqual([]);

  await page.goto(`${campaignPath}/coordinators`);
  await expect(page.getByRole('heading', { name: 'Coordinators' })).toBeVisible();
  expect(await layoutProblems(page), 'coordinators').toEqual([]);

  await page.goto(FINAL);
  expect(await layoutProblems(page), 'final list').toEqual([]);
  const search = await page.getByLabel('Search names').boundingBox();
  expect(search!.width).toBeGreaterThan(300);
});

test('the review queue words its messages itself: text in the address is never shown', async ({ page }) => {
  await signIn(page, 'coordinator@example.org');
  const campaignPath = await openDemoCampaign(page);
  const spoof = 'Your session expired. Call +1 555 0100 to restore access.';
  await page.goto(`${campaignPath}/review?${new URLSearchParams({ error: spoof, notice: spoof })}`);
  await expect(page.getByRole('heading', { name: 'Review sign-ons' })).toBeVisible();
  await expect(page.getByText('Your session expired')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);

  await page.goto(`${campaignPath}/review?notice=bulk-approved&n=3`);
  await expect(page.getByRole('status').filter({ hasText: 'Approved' })).toHaveText('Approved 3 entries.');
  await page.goto(`${campaignPath}/review?error=conflict`);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Someone else changed this entry a moment ago. The queue now shows its current state.',
  );
});

test('coordinators see how the campaign is doing, and can take the queue offline as CSV', async ({ page, browser }) => {
  await signIn(page, 'coordinator@example.org');
  const campaignPath = await openDemoCampaign(page);

  // Drawn on the server: the chart and its figures are in the HTML, no script needed.
  const html = await (await page.request.get(campaignPath)).text();
  expect(html).toContain('<title id="daily-title">Sign-ons per day</title>');
  await expect(page.getByRole('img', { name: /Sign-ons per day/ })).toBeVisible();
  await page.getByText('Sign-ons per day as a table').click();
  await expect(page.getByRole('table', { name: 'Sign-ons per day' }).getByRole('row')).not.toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Approved sign-ons by region (UN M49)' })).toContainText('Africa');
  await expect(page.getByTestId('confirmation-rate')).toHaveText(/^\d+%$/);

  await page.goto(`${campaignPath}/review`);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download these entries as CSV' }).click();
  expect((await download).suggestedFilename()).toBe('protect-the-river-commons-review-queue.csv');
  const csv = await page.request.get(`${campaignPath}/review/export.csv`);
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="protect-the-river-commons-review-queue\.csv"/);
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString('utf8')).toContain('Our board approved this on Monday.');

  // Nobody else gets it.
  const stranger = await browser.newContext();
  const refused = await stranger.request.get(`${campaignPath}/review/export.csv`, { maxRedirects: 0 });
  expect([303, 307]).toContain(refused.status());
  expect(refused.headers().location).toContain('/sign-in');
  await stranger.close();
});

test('after the lock nothing is pending: undecided entries are shown as not included', async ({ page }) => {
  await signIn(page, 'coordinator@example.org');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /fair seas for coastal fishers/ }) });
  await expect(card.getByText('Not included')).toBeVisible();
  await expect(card.getByText('Pending review')).toHaveCount(0);
  await card.getByRole('link', { name: /fair seas for coastal fishers/ }).click();
  await expect(tab(page, 'Review')).toBeVisible();
  await tab(page, 'Review').click();
  await expect(page.getByRole('navigation', { name: 'Sign-ons by status' }).getByRole('link', { name: /^Not included/ })).toBeVisible();
});
