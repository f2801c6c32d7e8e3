import { Section, Text } from '@react-email/components';
import type { Localized } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { Action, Layout, TrailingLink, colors, muted, text } from './_components/layout';
import { ChangedPassageView, deleted, inserted } from './_components/changed-passage';
import { sampleLetter, sampleSignOn } from './_components/samples';
import { letterSubject } from './_components/subject';

type Props = Localized<EmailTemplates['letter-changed']>;

export const subject = letterSubject('changed.subject');

function Notes({ changes, locale }: { changes: Props['changes']; locale: Locale }) {
  const t = translatorFor(locale, 'email');
  const notes = changes.filter((c) => c.note);
  if (notes.length === 0) return null;
  if (notes.length === 1) return <Text style={text}>{t('changed.note', { note: notes[0]!.note })}</Text>;
  return (
    <>
      <Text style={{ ...text, margin: '0 0 4px' }}>{t('changed.notes')}</Text>
      <ul style={{ ...text, paddingLeft: 24 }}>
        {notes.map((c) => (
          <li key={c.version}>{t('changed.versionNote', { version: c.version, note: c.note })}</li>
        ))}
      </ul>
    </>
  );
}

export default function LetterChanged(props: Props) {
  const { campaignTitle, name, fromVersion, toVersion, changes, passages, omittedPassages, letterUrl, compareUrl, statusUrl, withdrawUrl, locale = 'en' } = props;
  const t = translatorFor(locale, 'email');
  const versions = { from: fromVersion, to: toVersion };
  return (
    <Layout preview={t('changed.preview')} campaignTitle={campaignTitle} statusUrl={statusUrl} locale={locale}>
      <Text style={text}>{t('hello', { name })}</Text>
      <Text style={text}>{t('changed.body', { several: changes.length > 1 ? 'yes' : 'no', ...versions })}</Text>
      <Notes changes={changes} locale={locale} />
      {passages.length > 0 ? (
        <>
          <Text style={muted}>
            {t.rich('changed.passages', {
              added: (chunks) => <span style={inserted}>{chunks}</span>,
              removed: (chunks) => <span style={deleted}>{chunks}</span>,
            })}
          </Text>
          <Section style={{ borderLeft: `4px solid ${colors.line}`, paddingLeft: 12, margin: '0 0 16px' }}>
            {passages.map((p, i) => (
              <ChangedPassageView key={i} passage={p} locale={locale} />
            ))}
          </Section>
        </>
      ) : (
        <Text style={muted}>{t('changed.formatting')}</Text>
      )}
      <Text style={text}>
        <TrailingLink lead={t('changed.more', { count: omittedPassages })} href={compareUrl} label={t('changed.compare', versions)} />
      </Text>
      <Action href={letterUrl} locale={locale}>
        {t('changed.action')}
      </Action>
      <Text style={text}>
        <TrailingLink
          lead={t('changed.withdraw')}
          href={withdrawUrl}
          label={t('changed.withdrawLink')}
          style={{ color: colors.bad, fontWeight: 600, textDecoration: 'underline' }}
        />
      </Text>
    </Layout>
  );
}

LetterChanged.PreviewProps = {
  ...sampleSignOn,
  fromVersion: 2,
  toVersion: 4,
  changes: [
    { version: 3, note: 'Added the 2030 deadline the coalition agreed on.' },
    { version: 4, note: 'Copied the regional ombudsman.' },
  ],
  passages: [
    {
      field: 'body',
      segments: [
        { value: '… ask the ministry to adopt **binding minimum flows** ' },
        { value: 'soon', removed: true },
        { value: ' ' },
        { value: 'by 2030', added: true },
        { value: ' and to publish [monthly measurements](https://example.org/measurements) …' },
      ],
    },
    { field: 'cc', segments: [{ value: 'Minister of Water' }, { value: '; the Regional Ombudsman', added: true }] },
  ],
  omittedPassages: 0,
  letterUrl: sampleLetter.letterUrl,
  compareUrl: `${sampleLetter.letterUrl}/versions?from=2&to=4`,
  withdrawUrl: `${sampleSignOn.statusUrl}/withdraw`,
} satisfies Props;
