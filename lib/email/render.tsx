import { render, toPlainText } from '@react-email/render';
import type { ComponentType, JSX } from 'react';
import CoordinatorDigest, { subject as coordinatorDigestSubject } from '@/emails/coordinator-digest';
import CoordinatorInvitation, { subject as coordinatorInvitationSubject } from '@/emails/coordinator-invitation';
import CoordinatorSignIn, { subject as coordinatorSignInSubject } from '@/emails/coordinator-sign-in';
import LetterChanged, { subject as letterChangedSubject } from '@/emails/letter-changed';
import LetterDelivered, { subject as letterDeliveredSubject } from '@/emails/letter-delivered';
import OutreachInvitation, { OutreachReminder, reminderSubject as outreachReminderSubject, subject as outreachInvitationSubject } from '@/emails/outreach-invitation';
import SignOnApproved, { subject as signOnApprovedSubject } from '@/emails/sign-on-approved';
import SignOnReceived, { subject as signOnReceivedSubject } from '@/emails/sign-on-received';
import SignOnStatusLink, { subject as signOnStatusLinkSubject } from '@/emails/sign-on-status-link';
import SignOnRejected, { subject as signOnRejectedSubject } from '@/emails/sign-on-rejected';
import SignOnVerification, { subject as signOnVerificationSubject } from '@/emails/sign-on-verification';
import { toLocale, type Locale } from '../i18n/locales';
import { templateNames, type EmailTemplates, type TemplateName } from './templates';

/** Every template takes the recipient's language beside its props; English when it has none. */
export type Localized<P> = P & { locale?: Locale };
type Entry<T extends TemplateName> = { Component: ComponentType<Localized<EmailTemplates[T]>>; subject: (props: Localized<EmailTemplates[T]>) => string };

const registry: { [T in TemplateName]: Entry<T> } = {
  'coordinator-sign-in': { Component: CoordinatorSignIn, subject: coordinatorSignInSubject },
  'coordinator-invitation': { Component: CoordinatorInvitation, subject: coordinatorInvitationSubject },
  'sign-on-verification': { Component: SignOnVerification, subject: signOnVerificationSubject },
  'sign-on-received': { Component: SignOnReceived, subject: signOnReceivedSubject },
  'sign-on-status-link': { Component: SignOnStatusLink, subject: signOnStatusLinkSubject },
  'sign-on-approved': { Component: SignOnApproved, subject: signOnApprovedSubject },
  'sign-on-rejected': { Component: SignOnRejected, subject: signOnRejectedSubject },
  'letter-changed': { Component: LetterChanged, subject: letterChangedSubject },
  'letter-delivered': { Component: LetterDelivered, subject: letterDeliveredSubject },
  'coordinator-digest': { Component: CoordinatorDigest, subject: coordinatorDigestSubject },
  'outreach-invitation': { Component: OutreachInvitation, subject: outreachInvitationSubject },
  'outreach-reminder': { Component: OutreachReminder, subject: outreachReminderSubject },
};

export type RenderedEmail = { subject: string; html: string; text: string };

export const isTemplateName = (name: string): name is TemplateName => (templateNames as readonly string[]).includes(name);

/**
 * Renders one outbox message in the recipient's language (the row's locale): the subject line,
 * the HTML part and its plain-text alternative.
 */
export async function renderEmail<T extends TemplateName>(template: T, props: EmailTemplates[T], language: string = 'en'): Promise<RenderedEmail> {
  const entry = registry[template] as Entry<T> | undefined;
  if (!entry) throw new Error(`Unknown email template "${template}"`);
  const localized = { ...props, locale: toLocale(language) } as Localized<EmailTemplates[T]>;
  const element = <entry.Component {...(localized as Localized<EmailTemplates[T]> & JSX.IntrinsicAttributes)} />;
  const html = await render(element);
  // Derived from the HTML rather than rendered a second time: rendering is most of the cost.
  return { subject: entry.subject(localized), html, text: toPlainText(html) };
}

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/** The absolute http(s) links in a rendered message, in order, each once (the mailbox lists them). */
export function extractLinks(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const raw = (match[1] ?? match[2] ?? '').replace(/&(amp|quot|#x27|#39|lt|gt);/g, (e) => entities[e] ?? e).trim();
    if (!/^https?:\/\//i.test(raw)) continue;
    if (!links.includes(raw)) links.push(raw);
  }
  return links;
}
