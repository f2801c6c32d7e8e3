import { render, toPlainText } from '@react-email/render';
import type { ComponentType, JSX } from 'react';
import * as coordinatorDigest from '@/emails/coordinator-digest';
import * as coordinatorInvitation from '@/emails/coordinator-invitation';
import * as coordinatorSignIn from '@/emails/coordinator-sign-in';
import * as letterChanged from '@/emails/letter-changed';
import * as letterDelivered from '@/emails/letter-delivered';
import * as outreachInvitation from '@/emails/outreach-invitation';
import * as signOnApproved from '@/emails/sign-on-approved';
import * as signOnReceived from '@/emails/sign-on-received';
import * as signOnStatusLink from '@/emails/sign-on-status-link';
import * as signOnRejected from '@/emails/sign-on-rejected';
import * as signOnVerification from '@/emails/sign-on-verification';
import { toLocale, type Locale } from '../i18n/locales';
import { templateNames, type EmailTemplates, type TemplateName } from './templates';

/** Every template takes the recipient's language beside its props; English when it has none. */
export type Localized<P> = P & { locale?: Locale };
/** What a template module exports: its component (the default export, as React Email's preview wants it) and its subject line. */
type Entry<T extends TemplateName> = { default: ComponentType<Localized<EmailTemplates[T]>>; subject: (props: Localized<EmailTemplates[T]>) => string };

const registry: { [T in TemplateName]: Entry<T> } = {
  'coordinator-sign-in': coordinatorSignIn,
  'coordinator-invitation': coordinatorInvitation,
  'sign-on-verification': signOnVerification,
  'sign-on-received': signOnReceived,
  'sign-on-status-link': signOnStatusLink,
  'sign-on-approved': signOnApproved,
  'sign-on-rejected': signOnRejected,
  'letter-changed': letterChanged,
  'letter-delivered': letterDelivered,
  'coordinator-digest': coordinatorDigest,
  'outreach-invitation': outreachInvitation,
  // The reminder has no module of its own: it is the invitation, sent once more.
  'outreach-reminder': { default: outreachInvitation.OutreachReminder, subject: outreachInvitation.reminderSubject },
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
  const Template = entry.default;
  const element = <Template {...(localized as Localized<EmailTemplates[T]> & JSX.IntrinsicAttributes)} />;
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
