import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Notice } from './_components/notice';
import { sampleSignOn } from './_components/samples';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['sign-on-received']>;

export const subject = letterSubject('received.subject');

export default function SignOnReceived(props: Props) {
  const t = translatorFor(props.locale ?? 'en', 'email');
  return <Notice {...props} preview={t('received.preview')} paragraphs={[t('received.body')]} />;
}

SignOnReceived.PreviewProps = sampleSignOn satisfies Props;
