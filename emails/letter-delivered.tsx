import { formatDay } from '@/lib/dates';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Notice } from './_components/notice';
import { sampleLetter, sampleSignOn } from './_components/samples';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['letter-delivered']>;

export const subject = letterSubject('delivered.subject');

export default function LetterDelivered(props: Props) {
  const { deliveredAt, timeZone, deliveredTo, letterUrl, locale = 'en' } = props;
  const t = translatorFor(locale, 'email');
  // The day of delivery where the letter was delivered, named in the signer's language.
  const deliveredOn = formatDay(new Date(deliveredAt), { language: locale, timeZone });
  return (
    <Notice
      {...props}
      preview={t('delivered.preview', { to: deliveredTo })}
      paragraphs={[t('delivered.body', { to: deliveredTo, day: deliveredOn })]}
      action={{ href: letterUrl, label: t('delivered.action') }}
      closing={t('delivered.thanks')}
    />
  );
}

LetterDelivered.PreviewProps = {
  ...sampleLetter,
  name: sampleSignOn.name,
  deliveredAt: '2026-03-12T10:30:00.000Z',
  timeZone: 'Europe/Brussels',
  deliveredTo: 'the Minister of Environment and Water',
} satisfies Props;
