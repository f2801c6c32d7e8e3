import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Notice } from './_components/notice';
import { sampleSignOn } from './_components/samples';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['sign-on-rejected']>;

export const subject = letterSubject('rejected.subject');

export default function SignOnRejected(props: Props) {
  const { reason, mergedInto } = props;
  const t = translatorFor(props.locale ?? 'en', 'email');
  if (mergedInto) {
    const merged = t(mergedInto.onLetter ? 'rejected.mergedOnLetter' : 'rejected.mergedAwaiting', { name: mergedInto.name });
    return <Notice {...props} preview={t('rejected.mergedPreview')} paragraphs={[merged, t('rejected.nothingMore')]} />;
  }
  const paragraphs = [t('rejected.body'), reason ? t('rejected.reason', { reason }) : null, t('rejected.mistake')];
  return <Notice {...props} preview={t('rejected.preview')} paragraphs={paragraphs} />;
}

SignOnRejected.PreviewProps = {
  ...sampleSignOn,
  name: 'Sam Doe',
  reason: 'We could not confirm that this organization exists.',
} satisfies Props;
