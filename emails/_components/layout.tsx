import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import type { CSSProperties, ReactNode } from 'react';
import { textDirection, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

export const colors = { ink: '#1c1f24', muted: '#555d68', line: '#dedad2', paper: '#fbfaf7', accent: '#1d4f91', ok: '#1f6b3a', bad: '#a01c1c' };

const body: CSSProperties = {
  backgroundColor: colors.paper,
  color: colors.ink,
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  margin: 0,
  padding: '24px 0',
};
const card: CSSProperties = { backgroundColor: '#ffffff', border: `1px solid ${colors.line}`, borderRadius: 8, maxWidth: 560, padding: '24px' };

export const text: CSSProperties = { fontSize: 16, lineHeight: '24px', margin: '0 0 16px' };
export const link: CSSProperties = { color: colors.accent, textDecoration: 'underline' };
export const muted: CSSProperties = { ...text, color: colors.muted, fontSize: 14, lineHeight: '20px' };
export const button: CSSProperties = {
  backgroundColor: colors.accent,
  borderRadius: 6,
  color: '#ffffff',
  display: 'inline-block',
  fontSize: 16,
  fontWeight: 600,
  padding: '12px 20px',
  textDecoration: 'none',
};

type LayoutProps = {
  /** Inbox preview line. */
  preview: string;
  /** Shown above the message so the reader sees at once which letter it is about. */
  campaignTitle?: string;
  /** The signer's private status page; every email to a signer links it in the footer. */
  statusUrl?: string;
  /** The recipient's language: the whole message is written in it. */
  locale?: Locale;
  children: ReactNode;
};

export function Layout({ preview, campaignTitle, statusUrl, locale = 'en', children }: LayoutProps) {
  const t = translatorFor(locale, 'email');
  return (
    <Html lang={locale} dir={textDirection(locale)}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={card}>
          <Text style={{ ...muted, margin: '0 0 4px', fontWeight: 600 }}>Undersigned</Text>
          {campaignTitle ? (
            <Text style={{ fontFamily: 'Georgia, serif', fontSize: 20, lineHeight: '28px', fontWeight: 600, margin: '0 0 20px' }}>
              {campaignTitle}
            </Text>
          ) : null}
          <Section>{children}</Section>
          <Hr style={{ borderColor: colors.line, margin: '24px 0 16px' }} />
          {statusUrl ? (
            <Text style={muted}>
              {t('statusFooter')}{' '}
              <Link href={statusUrl} style={link}>
                {statusUrl}
              </Link>
              . {t('statusFooterKeep')}
            </Text>
          ) : null}
          <Text style={{ ...muted, margin: 0 }}>{t('sentBy')}</Text>
        </Container>
      </Body>
    </Html>
  );
}

/** A prominent link with its address spelled out below, for clients that hide buttons. */
export function Action({ href, children, locale = 'en' }: { href: string; children: ReactNode; locale?: Locale }) {
  return (
    <Section style={{ margin: '8px 0 24px' }}>
      <Link href={href} style={button}>
        {children}
      </Link>
      <Text style={{ ...muted, margin: '12px 0 0', wordBreak: 'break-all' }}>
        {translatorFor(locale, 'email')('copyAddress')} <Link href={href} style={link}>{href}</Link>
      </Text>
    </Section>
  );
}

/** A sentence ending in a link: the catalog words the lead and the link apart, so that only the link's own words are underlined. */
export function TrailingLink({ lead, href, label, style = link }: { lead: string; href: string; label: string; style?: CSSProperties }) {
  return (
    <>
      {lead}{' '}
      <Link href={href} style={style}>
        {label}
      </Link>
      .
    </>
  );
}
