import { Text } from '@react-email/components';
import type { EmailTemplates } from '@/lib/email/templates';
import { Action, Layout, muted, text } from './_components/layout';

type Props = EmailTemplates['coordinator-invitation'];

export const subject = ({ campaignTitle }: Props) => `You are invited to coordinate “${campaignTitle}”`;

export default function CoordinatorInvitation({ campaignTitle, inviterName, role, signInUrl }: Props) {
  return (
    <Layout preview={`${inviterName} invited you to coordinate a letter`} campaignTitle={campaignTitle}>
      <Text style={text}>
        {inviterName} invited you to coordinate this letter on Undersigned as {role === 'owner' ? 'an owner' : 'an editor'}.
      </Text>
      <Text style={text}>
        {role === 'owner'
          ? 'Owners edit the letter, review sign-ons, invite other coordinators, and lock and deliver the letter.'
          : 'Editors edit the letter and review sign-ons.'}
      </Text>
      <Action href={signInUrl}>Sign in to accept</Action>
      <Text style={muted}>If you were not expecting this invitation, you can ignore this email.</Text>
    </Layout>
  );
}

CoordinatorInvitation.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  inviterName: 'Amina Okafor',
  role: 'editor',
  signInUrl: 'http://localhost:3000/sign-in?email=tomas%40example.org',
} satisfies Props;
