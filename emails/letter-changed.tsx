import { Link, Section, Text } from '@react-email/components';
import type { EmailTemplates } from '@/lib/email/templates';
import { Action, Layout, colors, link, muted, text } from './_components/layout';
import { ChangedPassageView, deleted, inserted } from './_components/changed-passage';

type Props = EmailTemplates['letter-changed'];

export const subject = ({ campaignTitle }: Props) => `The letter you signed has changed: “${campaignTitle}”`;

function Notes({ changes }: { changes: Props['changes'] }) {
  const notes = changes.filter((c) => c.note);
  if (notes.length === 0) return null;
  if (notes.length === 1) return <Text style={text}>Their note: “{notes[0]!.note}”</Text>;
  return (
    <>
      <Text style={{ ...text, margin: '0 0 4px' }}>Their notes:</Text>
      <ul style={{ ...text, paddingLeft: 24 }}>
        {notes.map((c) => (
          <li key={c.version}>
            Version {c.version}: “{c.note}”
          </li>
        ))}
      </ul>
    </>
  );
}

export default function LetterChanged(props: Props) {
  const { campaignTitle, name, fromVersion, toVersion, changes, passages, omittedPassages, letterUrl, compareUrl, statusUrl, withdrawUrl } = props;
  const several = changes.length > 1;
  return (
    <Layout preview="See what changed, and withdraw in one click if you no longer agree" campaignTitle={campaignTitle} statusUrl={statusUrl}>
      <Text style={text}>Hello {name},</Text>
      <Text style={text}>
        The coordinators made {several ? 'changes' : 'a substantive change'} to the letter you signed (version {fromVersion} → version{' '}
        {toVersion}). Your sign-on stays on the letter unless you withdraw it.
      </Text>
      <Notes changes={changes} />
      {passages.length > 0 ? (
        <>
          <Text style={muted}>
            The passages that changed (added text <span style={inserted}>underlined in green</span>, removed text{' '}
            <span style={deleted}>struck through in red</span>):
          </Text>
          <Section style={{ borderLeft: `4px solid ${colors.line}`, paddingLeft: 12, margin: '0 0 16px' }}>
            {passages.map((p, i) => (
              <ChangedPassageView key={i} passage={p} />
            ))}
          </Section>
        </>
      ) : (
        <Text style={muted}>Only the formatting of the letter changed.</Text>
      )}
      <Text style={text}>
        {omittedPassages > 0 ? `${omittedPassages} more ${omittedPassages === 1 ? 'passage' : 'passages'} changed; see ` : 'See '}
        <Link href={compareUrl} style={link}>
          the full comparison of version {fromVersion} and version {toVersion}
        </Link>
        .
      </Text>
      <Action href={letterUrl}>Read the new version</Action>
      <Text style={text}>
        If you no longer agree with the letter, withdraw your sign-on with one click:{' '}
        <Link href={withdrawUrl} style={{ color: colors.bad, fontWeight: 600, textDecoration: 'underline' }}>
          withdraw my sign-on
        </Link>
        .
      </Text>
    </Layout>
  );
}

LetterChanged.PreviewProps = {
  campaignTitle: 'Open letter: protect the River Commons',
  name: 'Amina Yusuf',
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
  letterUrl: 'http://localhost:3000/letters/protect-the-river-commons',
  compareUrl: 'http://localhost:3000/letters/protect-the-river-commons/versions?from=2&to=4',
  statusUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc',
  withdrawUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc/withdraw',
} satisfies Props;
