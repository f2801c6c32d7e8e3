import { Text } from '@react-email/components';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Layout, text } from './_components/layout';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['sign-on-rejected']>;

export const subject = letterSubject('rejected.subject');

export default function SignOnRejected({ campaignTitle, name, reason, statusUrl, mergedInto, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'email');
  if (mergedInto) {
    return (
      <Layout preview={t('rejected.mergedPreview')} campaignTitle={campaignTitle} statusUrl={statusUrl} locale={locale}>
        <Text style={text}>{t('hello', { name })}</Text>
        <Text style={text}>{t(mergedInto.onLetter ? 'rejected.mergedOnLetter' : 'rejected.mergedAwaiting', { name: mergedInto.name })}</Text>
        <Text style={text}>{t('rejected.nothingMore')}</Text>
      </Layout>
    );
  }
  return (
    <Layout preview={t('rejected.preview')} campaignTitle={campaignTitle} statusUrl={statusUrl} locale={locale}>
      <Text style={text}>{t('hello', { name })}</Text>
      <Text style={text}>{t('rejected.body')}</Text>
      {reason ? <Text style={text}>{t('rejected.reason', { reason })}</Text> : null}
      <Text style={text}>{t('rejected.mistake')}</Text>
    </Layout>
  );
}

SignOnRejected.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  name: 'Sam Doe',
  reason: 'We could not confirm that this organization exists.',
  statusUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc',
} satisfies Props;
