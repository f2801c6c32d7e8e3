import { Text } from '@react-email/components';
import type { EmailTemplates } from '@/lib/email/templates';
import { Action, Layout, muted, text } from './_components/layout';

type Props = EmailTemplates['sign-on-verification'];

export const subject = ({ campaignTitle }: Props) => `Confirm your sign-on to “${campaignTitle}”`;

export default function SignOnVerification({ campaignTitle, name, confirmUrl, statusUrl, expiresInHours }: Props) {
  return (
    <Layout preview="One click to confirm your sign-on" campaignTitle={campaignTitle} statusUrl={statusUrl}>
      <Text style={text}>Hello {name},</Text>
      <Text style={text}>
        Thank you for signing this letter. Please confirm that this is your email address: your sign-on is not counted
        until you do.
      </Text>
      <Action href={confirmUrl}>Confirm my sign-on</Action>
      <Text style={muted}>
        The link expires in {expiresInHours} hours. If you did not sign this letter, ignore this email and nothing
        will be published.
      </Text>
    </Layout>
  );
}

SignOnVerification.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  name: 'Amina Yusuf',
  confirmUrl: 'http://localhost:3000/verify/q2Zc8XvN0rT5aL1kYw3mPe',
  statusUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc',
  expiresInHours: 48,
} satisfies Props;
