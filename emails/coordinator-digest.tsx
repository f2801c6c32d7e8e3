import { Link, Text } from '@react-email/components';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { translatorFor } from '@/lib/i18n/translator';
import { Layout, TrailingLink, link, muted, text } from './_components/layout';

type Props = Localized<EmailTemplates['coordinator-digest']>;

const total = (p: Props) => p.campaigns.reduce((n, c) => n + c.awaiting, 0);

export const subject = (props: Props) => translatorFor(props.locale ?? 'en', 'email')('digest.subject', { count: total(props) });

export default function CoordinatorDigest(props: Props) {
  const { name, campaigns, settingsUrl, locale = 'en' } = props;
  const t = translatorFor(locale, 'email');
  return (
    <Layout preview={t('digest.preview', { count: total(props) })} locale={locale}>
      <Text style={text}>{name ? t('hello', { name }) : t('digest.helloNoName')}</Text>
      <Text style={text}>{t('digest.intro')}</Text>
      {campaigns.map((c) => (
        <Text key={c.queueUrl} style={text}>
          <strong>{c.title}</strong>: {t('digest.line', { count: c.awaiting, since: c.oldestWaitingSince })}{' '}
          <Link href={c.queueUrl} style={link}>
            {t('digest.review')}
          </Link>
        </Text>
      ))}
      <Text style={muted}>
        <TrailingLink lead={t('digest.footer')} href={settingsUrl} label={t('digest.settings')} />
      </Text>
    </Layout>
  );
}

CoordinatorDigest.PreviewProps = {
  name: 'Amina Okafor',
  campaigns: [
    {
      title: 'Open letter: protect the River Commons',
      awaiting: 7,
      oldestWaitingSince: '10 March 2026',
      queueUrl: 'http://localhost:3000/dashboard/campaigns/4b7e2c1a/review',
    },
    {
      title: 'Joint statement on seed sovereignty',
      awaiting: 1,
      oldestWaitingSince: '11 March 2026',
      queueUrl: 'http://localhost:3000/dashboard/campaigns/9d03f6e8/review',
    },
  ],
  settingsUrl: 'http://localhost:3000/dashboard/settings',
} satisfies Props;
