import { Text } from '@react-email/components';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Action, Layout, muted, text } from './_components/layout';

type Props = Localized<EmailTemplates['coordinator-sign-in']>;

export const subject = ({ expiresInMinutes, locale = 'en' }: Props) => translatorFor(locale, 'email')('signIn.subject', { minutes: expiresInMinutes });

export default function CoordinatorSignIn({ url, expiresInMinutes, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'email');
  return (
    <Layout preview={t('signIn.preview')} locale={locale}>
      <Text style={text}>{t('signIn.body')}</Text>
      <Action href={url} locale={locale}>
        {t('signIn.action')}
      </Action>
      <Text style={muted}>{t('signIn.expires', { minutes: expiresInMinutes })}</Text>
    </Layout>
  );
}

CoordinatorSignIn.PreviewProps = {
  url: 'http://localhost:3000/api/auth/callback/email?token=3f1c0e4b&email=coordinator%40example.org',
  expiresInMinutes: 10,
} satisfies Props;
