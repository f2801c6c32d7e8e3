import { Text } from '@react-email/components';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Action, Layout, text } from './_components/layout';

type Props = Localized<EmailTemplates['letter-delivered']>;

export const subject = ({ campaignTitle, locale = 'en' }: Props) => translatorFor(locale, 'email')('delivered.subject', { title: campaignTitle });

export default function LetterDelivered({ campaignTitle, name, deliveredOn, deliveredTo, letterUrl, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'email');
  return (
    <Layout preview={t('delivered.preview', { to: deliveredTo })} campaignTitle={campaignTitle} locale={locale}>
      <Text style={text}>{t('hello', { name })}</Text>
      <Text style={text}>{t('delivered.body', { to: deliveredTo, day: deliveredOn })}</Text>
      <Action href={letterUrl} locale={locale}>
        {t('delivered.action')}
      </Action>
      <Text style={text}>{t('delivered.thanks')}</Text>
    </Layout>
  );
}

LetterDelivered.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  name: 'Amina Yusuf',
  deliveredOn: '12 March 2026',
  deliveredTo: 'the Minister of Environment and Water',
  letterUrl: 'http://localhost:3000/letters/protect-the-river-commons',
} satisfies Props;
