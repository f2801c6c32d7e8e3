import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Notice } from './_components/notice';
import { sampleSignOn } from './_components/samples';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['sign-on-status-link']>;

export const subject = letterSubject('statusLink.subject');

export default function SignOnStatusLink(props: Props) {
  const t = translatorFor(props.locale ?? 'en', 'email');
  return <Notice {...props} preview={t('statusLink.preview')} paragraphs={[t('statusLink.body'), t('statusLink.ignore')]} />;
}

SignOnStatusLink.PreviewProps = sampleSignOn satisfies Props;
