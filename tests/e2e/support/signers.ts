import { expect, type Page } from '@playwright/test';
import { latestMail } from './coordinator';

/** An address no other run of the suite has used, so that its mail and its sign-on are this test's alone. */
export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;

export type Organization = {
  name: string;
  acronym?: string;
  country: string;
  contact: string;
  role: string;
  email: string;
  keepInformed?: boolean;
};

/** Fills the public form for an organization, already open on the page, without sending it. */
export async function fillOrganization(page: Page, o: Organization) {
  await page.getByLabel('Organization name').fill(o.name);
  if (o.acronym !== undefined) await page.getByLabel('Acronym').fill(o.acronym);
  await page.getByLabel('Country', { exact: false }).last().selectOption({ label: o.country });
  await page.getByLabel('Your name').fill(o.contact);
  await page.getByLabel('Your role in the organization').fill(o.role);
  await page.getByLabel('Email address').fill(o.email);
  await page.getByLabel('I am authorized to sign on behalf of this organization.').check();
  if (o.keepInformed) await page.getByLabel('Keep me informed about this letter.').check();
}

/** Opens the verification link emailed to `email` and confirms the sign-on; returns the status it shows. */
export async function confirmFromEmail(page: Page, email: string) {
  const mail = await latestMail(page.request, email, 'sign-on-verification');
  await page.goto(mail.links.find((l) => new URL(l).pathname.startsWith('/verify/'))!);
  await page.getByRole('button', { name: 'Confirm my sign-on' }).click();
  return page.getByTestId('sign-on-status');
}

/** Sends the filled form and waits for the page that says a confirmation email is on its way. */
export async function sendSignOn(page: Page) {
  await page.getByRole('button', { name: 'Sign the letter' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
}
