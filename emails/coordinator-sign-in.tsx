import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Notice } from './_components/notice';

type Props = Localized<EmailTemplates['coordinator-sign-in']>;

export const subject = ({ expiresInMinutes, locale = 'en' }: Props) => translatorFor(locale, 'email')('signIn.subject', { minutes: expiresInMinutes });

export default function CoordinatorSignIn({ url, expiresInMinutes, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'email');
  return (
    <Notice
      locale={locale}
      preview={t('signIn.preview')}
      paragraphs={[t('signIn.body')]}
      action={{ href: url, label: t('signIn.action') }}
      fineprint={t('signIn.expires', { minutes: expiresInMinutes })}
    />
  );
}

CoordinatorSignIn.PreviewProps = {
  url: 'http://localhost:3000/api/auth/callback/email?token=3f1c0e4b&email=coordinator%40example.org',
  expiresInMinutes: 10,
} satisfies Props;
