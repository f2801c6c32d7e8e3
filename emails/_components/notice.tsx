import { Text } from '@react-email/components';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { Action, Layout, muted, text } from './layout';

/**
 * The language, the letter, the status page and the reader's name come as the template got them
 * (its props spread in); the rest is what this message says.
 */
type NoticeProps = {
  locale?: Locale;
  campaignTitle?: string;
  statusUrl?: string;
  /** The reader's name: when there is one, the message opens by greeting them with it. */
  name?: string;
  /** Inbox preview line. */
  preview: string;
  /** The message, a paragraph each; a null one (a detail this message lacks) is left out. */
  paragraphs: ReactNode[];
  /** The one thing the message asks the reader to do, as a button. */
  action?: { href: string; label: string };
  /** A last word after the button. */
  closing?: string;
  /** Set smaller at the end: when the link expires, what to do with a message one did not expect. */
  fineprint?: ReactNode;
};

/**
 * The shape most emails share: a greeting, a few paragraphs, at most one button and some
 * small print, inside the common layout.
 */
export function Notice({ locale = 'en', campaignTitle, statusUrl, name, preview, paragraphs, action, closing, fineprint }: NoticeProps) {
  const t = translatorFor(locale, 'email');
  return (
    <Layout preview={preview} campaignTitle={campaignTitle} statusUrl={statusUrl} locale={locale}>
      {name === undefined ? null : <Text style={text}>{t('hello', { name })}</Text>}
      {paragraphs.map((paragraph, i) =>
        paragraph == null ? null : (
          <Text key={i} style={text}>
            {paragraph}
          </Text>
        ),
      )}
      {action ? (
        <Action href={action.href} locale={locale}>
          {action.label}
        </Action>
      ) : null}
      {closing ? <Text style={text}>{closing}</Text> : null}
      {fineprint ? <Text style={muted}>{fineprint}</Text> : null}
    </Layout>
  );
}
