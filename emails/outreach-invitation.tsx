import { Text } from '@react-email/components';
import { formatDay } from '@/lib/dates';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Action, Layout, TrailingLink, muted, text } from './_components/layout';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['outreach-invitation']>;

export const subject = letterSubject('outreach.subject');
export const reminderSubject = letterSubject('outreach.reminderSubject');

function Message({ reminder, ...props }: Props & { reminder: boolean }) {
  const { campaignTitle, organizationName, senderName, inviteUrl, optOutUrl, deadline, timeZone, locale = 'en' } = props;
  const t = translatorFor(locale, 'email');
  const closes = deadline ? formatDay(new Date(deadline), { language: locale, timeZone }) : null;
  const who = { sender: senderName, organization: organizationName };
  return (
    <Layout preview={t(reminder ? 'outreach.reminderPreview' : 'outreach.preview', who)} campaignTitle={campaignTitle} locale={locale}>
      <Text style={text}>{t('outreach.hello')}</Text>
      <Text style={text}>
        {t(reminder ? 'outreach.reminderBody' : 'outreach.body', who)}
        {closes ? ` ${t('outreach.closes', { day: closes })}` : ''}
      </Text>
      <Text style={text}>{t('outreach.prefilled')}</Text>
      <Action href={inviteUrl} locale={locale}>
        {t('outreach.action')}
      </Action>
      <Text style={muted}>
        <TrailingLink lead={t('outreach.notInterested')} href={optOutUrl} label={t('outreach.optOut')} />
      </Text>
    </Layout>
  );
}

export default function OutreachInvitation(props: Props) {
  return <Message {...props} reminder={false} />;
}

export function OutreachReminder(props: Props) {
  return <Message {...props} reminder />;
}

OutreachInvitation.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  organizationName: 'Lake Victoria Fisherfolk Network',
  senderName: 'Amina Okafor',
  inviteUrl: 'http://localhost:3000/letters/protect-the-river-commons/invited/example-token',
  optOutUrl: 'http://localhost:3000/outreach/opt-out/example-token',
  deadline: '2026-03-12T17:00:00.000Z',
  timeZone: 'Africa/Nairobi',
  targetId: '00000000-0000-4000-8000-000000000000',
} satisfies Props;
