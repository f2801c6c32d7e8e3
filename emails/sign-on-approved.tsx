import { Text } from '@react-email/components';
import type { EmailTemplates } from '@/lib/email/templates';
import { Action, Layout, text } from './_components/layout';

type Props = EmailTemplates['sign-on-approved'];

export const subject = ({ campaignTitle }: Props) => `Your sign-on to “${campaignTitle}” is approved`;

export default function SignOnApproved({ campaignTitle, name, letterUrl, statusUrl }: Props) {
  return (
    <Layout preview="You are on the list" campaignTitle={campaignTitle} statusUrl={statusUrl}>
      <Text style={text}>Hello {name},</Text>
      <Text style={text}>
        The coordinators approved your sign-on: you are now counted among the signatories of this letter.
      </Text>
      <Action href={letterUrl}>Read the letter</Action>
    </Layout>
  );
}

SignOnApproved.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  name: 'Amina Yusuf',
  letterUrl: 'http://localhost:3000/letters/protect-the-river-commons',
  statusUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc',
} satisfies Props;
