import { Text } from '@react-email/components';
import type { EmailTemplates } from '@/lib/email/templates';
import { Action, Layout, muted, text } from './_components/layout';

type Props = EmailTemplates['coordinator-sign-in'];

export const subject = (props: Props) => `Your sign-in link for Undersigned (valid ${props.expiresInMinutes} minutes)`;

export default function CoordinatorSignIn({ url, expiresInMinutes }: Props) {
  return (
    <Layout preview="Sign in to Undersigned">
      <Text style={text}>Use this link to sign in to Undersigned as a coordinator.</Text>
      <Action href={url}>Sign in</Action>
      <Text style={muted}>
        The link works once and expires in {expiresInMinutes} minutes. If you did not ask to sign in, ignore this
        email: nobody can sign in without the link.
      </Text>
    </Layout>
  );
}

CoordinatorSignIn.PreviewProps = {
  url: 'http://localhost:3000/api/auth/callback/email?token=3f1c0e4b&email=coordinator%40example.org',
  expiresInMinutes: 10,
} satisfies Props;
