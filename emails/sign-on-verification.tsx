import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Notice } from './_components/notice';
import { sampleSignOn } from './_components/samples';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['sign-on-verification']>;

export const subject = letterSubject('verification.subject');

export default function SignOnVerification(props: Props) {
  const t = translatorFor(props.locale ?? 'en', 'email');
  return (
    <Notice
      {...props}
      preview={t('verification.preview')}
      paragraphs={[t('verification.body')]}
      action={{ href: props.confirmUrl, label: t('verification.action') }}
      fineprint={t('verification.expires', { hours: props.expiresInHours })}
    />
  );
}

SignOnVerification.PreviewProps = {
  ...sampleSignOn,
  confirmUrl: 'http://localhost:3000/verify/q2Zc8XvN0rT5aL1kYw3mPe',
  expiresInHours: 48,
} satisfies Props;
