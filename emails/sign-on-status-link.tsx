import { Text } from '@react-email/components';
import type { EmailTemplates } from '@/lib/email/templates';
import { Layout, text } from './_components/layout';

type Props = EmailTemplates['sign-on-status-link'];

export const subject = ({ campaignTitle }: Props) => `Your link to your sign-on to “${campaignTitle}”`;

export default function SignOnStatusLink({ campaignTitle, name, statusUrl }: Props) {
  return (
    <Layout preview="The private link to check, edit or withdraw your sign-on" campaignTitle={campaignTitle} statusUrl={statusUrl}>
      <Text style={text}>Hello {name},</Text>
      <Text style={text}>
        You asked for the link to your sign-on. It shows where your sign-on stands and lets you correct or withdraw it
        until the list is final. Keep it to yourself: anyone with the link can change your sign-on.
      </Text>
      <Text style={text}>If you did not ask for it, you can ignore this email; nothing has changed.</Text>
    </Layout>
  );
}

SignOnStatusLink.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  name: 'Amina Yusuf',
  statusUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc',
} satisfies Props;
