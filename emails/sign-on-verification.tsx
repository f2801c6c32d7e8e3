import { Text } from '@react-email/components';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Action, Layout, muted, text } from './_components/layout';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['sign-on-verification']>;

export const subject = letterSubject('verification.subject');

export default function SignOnVerification({ campaignTitle, name, confirmUrl, statusUrl, expiresInHours, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'email');
  return (
    <Layout preview={t('verification.preview')} campaignTitle={campaignTitle} statusUrl={statusUrl} locale={locale}>
      <Text style={text}>{t('hello', { name })}</Text>
      <Text style={text}>{t('verification.body')}</Text>
      <Action href={confirmUrl} locale={locale}>
        {t('verification.action')}
      </Action>
      <Text style={muted}>{t('verification.expires', { hours: expiresInHours })}</Text>
    </Layout>
  );
}

SignOnVerification.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  name: 'Amina Yusuf',
  confirmUrl: 'http://localhost:3000/verify/q2Zc8XvN0rT5aL1kYw3mPe',
  statusUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc',
  expiresInHours: 48,
} satisfies Props;
