import { Text } from '@react-email/components';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Action, Layout, text } from './_components/layout';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['sign-on-approved']>;

export const subject = letterSubject('approved.subject');

export default function SignOnApproved({ campaignTitle, name, letterUrl, statusUrl, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'email');
  return (
    <Layout preview={t('approved.preview')} campaignTitle={campaignTitle} statusUrl={statusUrl} locale={locale}>
      <Text style={text}>{t('hello', { name })}</Text>
      <Text style={text}>{t('approved.body')}</Text>
      <Action href={letterUrl} locale={locale}>
        {t('approved.action')}
      </Action>
    </Layout>
  );
}

SignOnApproved.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  name: 'Amina Yusuf',
  letterUrl: 'http://localhost:3000/letters/protect-the-river-commons',
  statusUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc',
} satisfies Props;
