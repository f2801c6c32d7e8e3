import { Text } from '@react-email/components';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Action, Layout, muted, text } from './_components/layout';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['coordinator-invitation']>;

export const subject = letterSubject('invitation.subject');

export default function CoordinatorInvitation({ campaignTitle, inviterName, role, signInUrl, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'email');
  return (
    <Layout preview={t('invitation.preview', { inviter: inviterName })} campaignTitle={campaignTitle} locale={locale}>
      <Text style={text}>{t('invitation.body', { inviter: inviterName, role })}</Text>
      <Text style={text}>{role === 'owner' ? t('invitation.owner') : t('invitation.editor')}</Text>
      <Action href={signInUrl} locale={locale}>
        {t('invitation.action')}
      </Action>
      <Text style={muted}>{t('invitation.ignore')}</Text>
    </Layout>
  );
}

CoordinatorInvitation.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  inviterName: 'Amina Okafor',
  role: 'editor',
  signInUrl: 'http://localhost:3000/sign-in?email=tomas%40example.org',
} satisfies Props;
