import { Text } from '@react-email/components';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Layout, text } from './_components/layout';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['sign-on-status-link']>;

export const subject = letterSubject('statusLink.subject');

export default function SignOnStatusLink({ campaignTitle, name, statusUrl, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'email');
  return (
    <Layout preview={t('statusLink.preview')} campaignTitle={campaignTitle} statusUrl={statusUrl} locale={locale}>
      <Text style={text}>{t('hello', { name })}</Text>
      <Text style={text}>{t('statusLink.body')}</Text>
      <Text style={text}>{t('statusLink.ignore')}</Text>
    </Layout>
  );
}

SignOnStatusLink.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  name: 'Amina Yusuf',
  statusUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc',
} satisfies Props;
