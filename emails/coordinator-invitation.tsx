import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Notice } from './_components/notice';
import { sampleLetter } from './_components/samples';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['coordinator-invitation']>;

export const subject = letterSubject('invitation.subject');

export default function CoordinatorInvitation(props: Props) {
  const { inviterName, role, signInUrl, locale = 'en' } = props;
  const t = translatorFor(locale, 'email');
  return (
    <Notice
      {...props}
      preview={t('invitation.preview', { inviter: inviterName })}
      paragraphs={[t('invitation.body', { inviter: inviterName, role }), role === 'owner' ? t('invitation.owner') : t('invitation.editor')]}
      action={{ href: signInUrl, label: t('invitation.action') }}
      fineprint={t('invitation.ignore')}
    />
  );
}

CoordinatorInvitation.PreviewProps = {
  campaignTitle: sampleLetter.campaignTitle,
  inviterName: 'Amina Okafor',
  role: 'editor',
  signInUrl: 'http://localhost:3000/sign-in?email=tomas%40example.org',
} satisfies Props;
