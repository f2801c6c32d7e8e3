import { Text } from '@react-email/components';
import type { EmailTemplates } from '@/lib/email/templates';
import { Action, Layout, text } from './_components/layout';

type Props = EmailTemplates['letter-delivered'];

export const subject = ({ campaignTitle }: Props) => `Delivered: “${campaignTitle}”`;

export default function LetterDelivered({ campaignTitle, name, deliveredOn, deliveredTo, letterUrl }: Props) {
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
  deliveredOn: '12 March 2026',
  deliveredTo: 'the Minister of Environment and Water',
  letterUrl: 'http://localhost:3000/letters/protect-the-river-commons',
} satisfies Props;
