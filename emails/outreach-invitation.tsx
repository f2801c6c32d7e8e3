import { formatDay } from '@/lib/dates';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { TrailingLink } from './_components/layout';
import { Notice } from './_components/notice';
import { sampleLetter } from './_components/samples';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['outreach-invitation']>;

export const subject = letterSubject('outreach.subject');
export const reminderSubject = letterSubject('outreach.reminderSubject');

function Message({ reminder, ...props }: Props & { reminder: boolean }) {
  const { organizationName, senderName, inviteUrl, optOutUrl, deadline, timeZone, locale = 'en' } = props;
  const t = translatorFor(locale, 'email');
  const closes = deadline ? formatDay(new Date(deadline), { language: locale, timeZone }) : null;
  const who = { sender: senderName, organization: organizationName };
  const invitation = (
    <>
      {t(reminder ? 'outreach.reminderBody' : 'outreach.body', who)}
      {closes ? ` ${t('outreach.closes', { day: closes })}` : ''}
    </>
  );
  return (
    <Notice
      {...props}
      preview={t(reminder ? 'outreach.reminderPreview' : 'outreach.preview', who)}
      paragraphs={[t('outreach.hello'), invitation, t('outreach.prefilled')]}
      action={{ href: inviteUrl, label: t('outreach.action') }}
      fineprint={<TrailingLink lead={t('outreach.notInterested')} href={optOutUrl} label={t('outreach.optOut')} />}
    />
  );
}

export default function OutreachInvitation(props: Props) {
  return <Message {...props} reminder={false} />;
}

export function OutreachReminder(props: Props) {
  return <Message {...props} reminder />;
}

OutreachInvitation.PreviewProps = {
  campaignTitle: sampleLetter.campaignTitle,
  organizationName: 'Lake Victoria Fisherfolk Network',
  senderName: 'Amina Okafor',
  inviteUrl: 'http://localhost:3000/letters/protect-the-river-commons/invited/example-token',
  optOutUrl: 'http://localhost:3000/outreach/opt-out/example-token',
  deadline: '2026-03-12T17:00:00.000Z',
  timeZone: 'Africa/Nairobi',
  targetId: '00000000-0000-4000-8000-000000000000',
} satisfies Props;
