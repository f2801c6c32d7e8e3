import { Link, Text } from '@react-email/components';
import type { EmailTemplates } from '@/lib/email/templates';
import { Layout, link, muted, text } from './_components/layout';

type Props = EmailTemplates['coordinator-digest'];

const total = (p: Props) => p.campaigns.reduce((n, c) => n + c.awaiting, 0);
const plural = (n: number) => (n === 1 ? '1 sign-on' : `${n} sign-ons`);

export const subject = (props: Props) => `${plural(total(props))} waiting for your review`;

export default function CoordinatorDigest(props: Props) {
  const { name, campaigns, settingsUrl } = props;
  return (
    <Layout preview={`${plural(total(props))} waiting for review`}>
      <Text style={text}>Hello{name ? ` ${name}` : ''},</Text>
      <Text style={text}>These letters have sign-ons waiting for review:</Text>
      {campaigns.map((c) => (
        <Text key={c.queueUrl} style={text}>
          <strong>{c.title}</strong>: {plural(c.awaiting)}, the oldest waiting since {c.oldestWaitingSince}.{' '}
          <Link href={c.queueUrl} style={link}>
            Review them
          </Link>
        </Text>
      ))}
      <Text style={muted}>
        You receive this summary once a day while sign-ons are waiting.{' '}
        <Link href={settingsUrl} style={link}>
          Change your email settings
        </Link>
        .
      </Text>
    </Layout>
  );
}

CoordinatorDigest.PreviewProps = {
  name: 'Amina Okafor',
  campaigns: [
    {
      title: 'Open letter: protect the River Commons',
      awaiting: 7,
      oldestWaitingSince: '10 March 2026',
      queueUrl: 'http://localhost:3000/dashboard/campaigns/4b7e2c1a/review',
    },
    {
      title: 'Joint statement on seed sovereignty',
      awaiting: 1,
      oldestWaitingSince: '11 March 2026',
      queueUrl: 'http://localhost:3000/dashboard/campaigns/9d03f6e8/review',
    },
  ],
  settingsUrl: 'http://localhost:3000/dashboard/settings',
} satisfies Props;
