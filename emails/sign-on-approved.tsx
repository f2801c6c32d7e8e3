import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Notice } from './_components/notice';
import { sampleLetter, sampleSignOn } from './_components/samples';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['sign-on-approved']>;

export const subject = letterSubject('approved.subject');

export default function SignOnApproved(props: Props) {
  const t = translatorFor(props.locale ?? 'en', 'email');
  const action = { href: props.letterUrl, label: t('approved.action') };
  return <Notice {...props} preview={t('approved.preview')} paragraphs={[t('approved.body')]} action={action} />;
}

SignOnApproved.PreviewProps = { ...sampleSignOn, letterUrl: sampleLetter.letterUrl } satisfies Props;
