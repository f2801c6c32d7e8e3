import { Text } from '@react-email/components';
import { formatDay } from '@/lib/dates';
import type { EmailTemplates } from '@/lib/email/templates';
import { Action, Layout, text } from './_components/layout';

type Props = EmailTemplates['letter-delivered'];

export const subject = ({ campaignTitle }: Props) => `Delivered: “${campaignTitle}”`;

export default function LetterDelivered({ campaignTitle, name, deliveredAt, timeZone, deliveredTo, letterUrl }: Props) {
  const deliveredOn = formatDay(new Date(deliveredAt), { timeZone });
  return (
    <Layout preview={`The letter was delivered to ${deliveredTo}`} campaignTitle={campaignTitle}>
      <Text style={text}>Hello {name},</Text>
      <Text style={text}>
        The letter you signed was delivered to {deliveredTo} on {deliveredOn}. The final list of signatories is now
        public, with a fingerprint anyone can check.
      </Text>
      <Action href={letterUrl}>See the final letter and list</Action>
      <Text style={text}>Thank you for adding your name.</Text>
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
