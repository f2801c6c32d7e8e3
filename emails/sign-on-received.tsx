import { Text } from '@react-email/components';
import type { EmailTemplates } from '@/lib/email/templates';
import { Layout, text } from './_components/layout';

type Props = EmailTemplates['sign-on-received'];

export const subject = ({ campaignTitle }: Props) => `We received your sign-on to “${campaignTitle}”`;

export default function SignOnReceived({ campaignTitle, name, statusUrl }: Props) {
  return (
    <Layout preview="Your sign-on is confirmed and awaiting review" campaignTitle={campaignTitle} statusUrl={statusUrl}>
      <Text style={text}>Hello {name},</Text>
      <Text style={text}>
        Your email address is confirmed. The letter’s coordinators review every sign-on before it appears in the
        public list; we will write to you when they have.
      </Text>
    </Layout>
  );
}

SignOnReceived.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  name: 'Amina Yusuf',
  statusUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc',
} satisfies Props;
