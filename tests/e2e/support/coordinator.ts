import { expect, type APIRequestContext, type Page } from '@playwright/test';

export type MailboxMessage = { id: string; to: string; subject: string; template: string; createdAt: string; links: string[] };

/** The newest message of a template to an address in the development mailbox (SPEC §7), once it arrives. */
export async function latestMail(request: APIRequestContext, to: string, template: string, after = 0, base = ''): Promise<MailboxMessage> {
  let found: MailboxMessage | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${base}/dev/mailbox.json?to=${encodeURIComponent(to)}`);
        if (!response.ok()) return undefined;
        const { messages } = (await response.json()) as { messages: MailboxMessage[] };
        found = messages
          .filter((m) => m.to === to && m.template === template && Date.parse(m.createdAt) >= after)
          .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
        return found?.id;
      },
      { message: `a ${template} email to ${to}`, timeout: 20_000 },
    )
    .toBeTruthy();
  return found!;
}

/** The path of the message's link under `path` (such as /verify/ or /signed/), to open on the server under test. */
export function linkPath(message: MailboxMessage, path: string): string {
  const link = message.links.find((l) => new URL(l).pathname.startsWith(path));
  expect(link, `the ${message.template} email links to ${path}`).toBeTruthy();
  return new URL(link!).pathname;
}

/** The path of the link under `path` in the newest message of a template to an address, once it arrives. */
export async function mailLink(request: APIRequestContext, to: string, template: string, path: string): Promise<string> {
  return linkPath(await latestMail(request, to, template), path);
}

export async function mailsTo(request: APIRequestContext, to: string): Promise<MailboxMessage[]> {
  const { messages } = (await (await request.get(`/dev/mailbox.json?to=${encodeURIComponent(to)}`)).json()) as { messages: MailboxMessage[] };
  return messages.filter((m) => m.to === to);
}

export async function requestLink(page: Page, email: string, base = '') {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Your email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page).toHaveURL(/\/sign-in\/check-email$/);
  await expect(page.getByRole('status')).toContainText('If that address belongs to a coordinator');
}

/** A tab of the campaign's navigation in the dashboard. */
export const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Campaign' }).getByRole('link', { name, exact: true });

/** Asks for a link, opens it from the mailbox and presses the one button that uses it (on `base`, another server, if given). */
export async function signIn(page: Page, email: string, base = '') {
  const asked = Date.now() - 1000;
  await requestLink(page, email, base);
  const mail = await latestMail(page.request, email, 'coordinator-sign-in', asked, base);
  const link = mail.links.find((l) => l.includes('/sign-in/confirm'));
  expect(link, 'the sign-in email links to the confirmation page').toBeTruthy();
  await page.goto(link!);
  // Opening the link alone does not sign in (mail scanners open links).
  await expect(page.getByRole('heading', { name: 'Sign in to Undersigned' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { name: 'Your campaigns' })).toBeVisible();
}
