import { Text } from '@react-email/components';
import { formatDay } from '@/lib/dates';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Action, Layout, text } from './_components/layout';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['letter-delivered']>;

export const subject = letterSubject('delivered.subject');

export default function LetterDelivered({ campaignTitle, name, deliveredAt, timeZone, deliveredTo, letterUrl, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'email');
  // The day of delivery where the letter was delivered, named in the signer's language.
  const deliveredOn = formatDay(new Date(deliveredAt), { language: locale, timeZone });
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
  deliveredAt: '2026-03-12T10:30:00.000Z',
  timeZone: 'Europe/Brussels',
  deliveredTo: 'the Minister of Environment and Water',
  letterUrl: 'http://localhost:3000/letters/protect-the-river-commons',
} satisfies Props;
