import { Text } from '@react-email/components';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Layout, text } from './_components/layout';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['sign-on-received']>;

export const subject = letterSubject('received.subject');

export default function SignOnReceived({ campaignTitle, name, statusUrl, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'email');
  return (
    <Layout preview={t('received.preview')} campaignTitle={campaignTitle} statusUrl={statusUrl} locale={locale}>
      <Text style={text}>{t('hello', { name })}</Text>
      <Text style={text}>{t('received.body')}</Text>
    </Layout>
  );
}

SignOnReceived.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  name: 'Amina Yusuf',
  statusUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc',
} satisfies Props;
