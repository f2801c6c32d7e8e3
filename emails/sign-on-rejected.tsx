import { Text } from '@react-email/components';
import type { EmailTemplates } from '@/lib/email/templates';
import { mergedText } from '@/lib/sign-ons/labels';
import { Layout, text } from './_components/layout';

type Props = EmailTemplates['sign-on-rejected'];

export const subject = ({ campaignTitle }: Props) => `About your sign-on to “${campaignTitle}”`;

export default function SignOnRejected({ campaignTitle, name, reason, statusUrl, mergedInto }: Props) {
  if (mergedInto) {
    return (
      <Layout preview="Your sign-on was merged with another entry" campaignTitle={campaignTitle} statusUrl={statusUrl}>
        <Text style={text}>Hello {name},</Text>
        <Text style={text}>{mergedText(mergedInto, 'your')}</Text>
        <Text style={text}>There is nothing more you need to do.</Text>
      </Layout>
    );
  }
  return (
    <Layout preview="The coordinators could not add your sign-on" campaignTitle={campaignTitle} statusUrl={statusUrl}>
      <Text style={text}>Hello {name},</Text>
      <Text style={text}>The coordinators of this letter reviewed your sign-on and did not add it to the list.</Text>
      {reason ? <Text style={text}>Their reason: {reason}</Text> : null}
      <Text style={text}>If you think this is a mistake, reply to the coalition that shared the letter with you.</Text>
    </Layout>
  );
}

SignOnRejected.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  name: 'Sam Doe',
  reason: 'We could not confirm that this organization exists.',
  statusUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc',
} satisfies Props;
