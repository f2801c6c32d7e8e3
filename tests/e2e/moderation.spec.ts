import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn, tab } from './support/coordinator';
import { confirmFromEmail, fillOrganization, sendSignOn } from './support/signers';

const SLUG = 'protect-the-river-commons';
const DEMO = `/letters/${SLUG}`;

const summary = (page: Page) => page.getByTestId('summary-sentence');

function counts(sentence: string) {
  const n = (re: RegExp) => Number(sentence.match(re)?.[1]?.replace(/,/g, '') ?? 0);
  return { organizations: n(/([\d,]+) organizations?/), individuals: n(/([\d,]+) individuals?/), countries: n(/([\d,]+) countr/) };
}

/** The sentence the public page should show for these counts (SPEC §5). */
function sentence(c: { organizations: number; individuals: number; countries: number }) {
  const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  const who = [c.organizations ? plural(c.organizations, 'organization', 'organizations') : '', c.individuals ? plural(c.individuals, 'individual', 'individuals') : '']
    .filter(Boolean)
    .join(' and ');
  return c.countries ? `${who} from ${plural(c.countries, 'country', 'countries')}` : who;
}

/**
 * Signs the demo letter for an organization in Kenya and confirms through the emailed link.
 * Each signer comes from an address of its own, as different people would (the form limits
 * submissions per address).
 */
async function signAndConfirm(browser: Browser, name: string, email: string, ip: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': ip } });
  const page = await context.newPage();
  await page.goto(DEMO);
  await page.getByRole('link', { name: 'For an organization' }).click();
  await fillOrganization(page, { name, country: 'Kenya', contact: 'Achieng Otieno', role: 'Coordinator', email });
  await sendSignOn(page);
  await expect(await confirmFromEmail(page, email)).toHaveText('Confirmed, awaiting review');
  await context.close();
}

const entry = (page: Page, name: string) => page.getByRole('article', { name });

test('duplicates are merged, a second coordinator approves a batch of five, and the public count follows', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const batch = ['Lakeside Rowing Club', 'Andean Glacier Trust', 'Saltmarsh Guardians', 'Okavango Delta Friends', 'Harbour Porpoise Society'].map(
    (n) => `${n} ${stamp}`,
  );
  const loner = `Kilimanjaro Water Users ${stamp}`;
  const subnet = `198.18.${Math.floor(Math.random() * 250)}`;
  for (const [i, name] of [...batch, loner].entries()) {
    await signAndConfirm(browser, name, `batch-${i}-${stamp}@example.test`, `${subnet}.${i + 1}`);
  }

  await signIn(page, 'coordinator@example.org');
  await page.getByRole('link', { name: /protect the River Commons/ }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns\/[0-9a-f-]+$/);
  const campaignPath = new URL(page.url()).pathname;
  await page.getByRole('navigation', { name: 'Campaign' }).getByRole('link', { name: /^Review/ }).click();
  await expect(page.getByRole('heading', { name: 'Review sign-ons' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  // No horizontal scrolling on a laptop screen, nor on a small phone.
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${width}px`).toBe(true);
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // The two spellings of one organization are flagged; keep the approved one.
  const center = entry(page, 'Center for Water Justice');
  await expect(center.getByText('Possible duplicate (similar name) of “Centre for Water Justice”, approved.')).toBeVisible();
  await center.getByRole('button', { name: 'Keep “Centre for Water Justice”' }).click();
  await expect(page.getByRole('status')).toContainText('Merged');
  await expect(entry(page, 'Center for Water Justice')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Sign-ons by status' }).getByRole('link', { name: /^Rejected/ }).click();
  await expect(entry(page, 'Center for Water Justice')).toContainText('Duplicate of “Centre for Water Justice”');
  await tab(page, 'Activity').click();
  await expect(page.getByRole('row', { name: /Merged duplicate sign-ons .*kept “Centre for Water Justice”; “Center for Water Justice” marked as its duplicate/ })).toBeVisible();

  // Bring in a second coordinator.
  const second = `reviewer-${stamp}@example.org`;
  await tab(page, 'Coordinators').click();
  await page.getByLabel('Email address', { exact: true }).fill(second);
  await page.getByLabel('Role', { exact: true }).selectOption('editor');
  await page.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByRole('status')).toContainText(`Invited ${second} as editor`);

  // The second coordinator approves the five with one action, after a confirmation that says how many.
  const context = await browser.newContext();
  const reviewer = await context.newPage();
  await signIn(reviewer, second);
  await reviewer.goto(`${campaignPath}/review`);
  await reviewer.getByRole('searchbox', { name: 'Search' }).fill(stamp);
  await reviewer.getByRole('button', { name: 'Filter' }).click();
  await expect(reviewer.getByRole('article')).toHaveCount(6);
  await reviewer.getByRole('searchbox', { name: 'Search' }).fill(`Kilimanjaro`);
  await reviewer.getByRole('button', { name: 'Filter' }).click();
  await expect(reviewer.getByRole('article')).toHaveCount(1);

  // Keyboard: j moves to the first entry, a approves it.
  await reviewer.locator('body').click({ position: { x: 1, y: 1 } });
  await reviewer.keyboard.press('j');
  await expect(entry(reviewer, loner)).toBeFocused();
  await reviewer.keyboard.press('a');
  await expect(reviewer.getByRole('status')).toHaveText(`Approved: ${loner}.`);

  // What the public and the dashboard show before the batch.
  const publicPage = await browser.newPage();
  await publicPage.goto(DEMO);
  const before = counts((await summary(publicPage).textContent()) ?? '');
  await reviewer.goto('/dashboard');
  const pending = reviewer.getByRole('listitem').filter({ hasText: /protect the River Commons/ }).getByText('Pending review').locator('xpath=following-sibling::dd');
  const pendingBefore = Number(await pending.textContent());

  // Now the batch, by its shared suffix.
  await reviewer.goto(`${campaignPath}/review`);
  await reviewer.getByRole('searchbox', { name: 'Search' }).fill(stamp);
  await reviewer.getByRole('button', { name: 'Filter' }).click();
  await expect(reviewer.getByRole('article')).toHaveCount(5);
  await reviewer.getByRole('link', { name: 'Approve all 5 awaiting entries matching this filter…' }).click();
  await expect(reviewer.getByRole('heading', { name: 'Approve all 5 entries awaiting review that match this filter?' })).toBeVisible();
  await reviewer.getByRole('button', { name: 'Yes, approve 5 entries' }).click();
  await expect(reviewer.getByRole('status')).toHaveText('Approved 5 entries.');
  await expect(reviewer.getByRole('article')).toHaveCount(0);

  // The public sentence counts exactly the approved set: five more organizations, all in Kenya,
  // where the kept "Centre for Water Justice" already counts.
  // (The cached page follows within the freshness budget.)
  await expect
    .poll(async () => {
      await publicPage.goto(DEMO);
      return summary(publicPage).textContent();
    })
    .toBe(sentence({ ...before, organizations: before.organizations + 5 }));
  await reviewer.goto('/dashboard');
  await expect(pending).toHaveText(String(pendingBefore - 5));

  // The trail says who did it.
  await reviewer.goto(`${campaignPath}/activity`);
  await expect(reviewer.getByRole('row', { name: /Approved sign-ons in bulk .*5 entries/ })).toContainText(second);
  await context.close();
  await publicPage.close();
});
