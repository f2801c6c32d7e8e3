import { Link, Text } from '@react-email/components';
import { formatDay } from '@/lib/dates';
import type { EmailTemplates } from '@/lib/email/templates';
import { Action, Layout, link, muted, text } from './_components/layout';

type Props = EmailTemplates['outreach-invitation'];

export const subject = ({ campaignTitle }: Props) => `Will you sign “${campaignTitle}”?`;
export const reminderSubject = ({ campaignTitle }: Props) => `Reminder: will you sign “${campaignTitle}”?`;

function Message({ reminder, ...props }: Props & { reminder: boolean }) {
  const { campaignTitle, organizationName, senderName, inviteUrl, optOutUrl, deadline, timeZone } = props;
  const closes = deadline ? formatDay(new Date(deadline), { timeZone }) : null;
  return (
    <Layout preview={reminder ? `A reminder from ${senderName}` : `${senderName} invites ${organizationName} to sign`} campaignTitle={campaignTitle}>
      <Text style={text}>Hello,</Text>
      <Text style={text}>
        {reminder
          ? `${senderName} invited ${organizationName} to sign this open letter and has not heard back yet.`
          : `${senderName} invites ${organizationName} to sign this open letter.`}
        {closes ? ` Sign-on closes on ${closes}.` : ''}
      </Text>
      <Text style={text}>This link opens the letter with a sign-on form already filled in with your organization’s details: read it, check them and sign.</Text>
      <Action href={inviteUrl}>Read and sign the letter</Action>
      <Text style={muted}>
        Not interested? <Link href={optOutUrl} style={link}>Tell us, and we will not write to you about this letter again</Link>.
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
