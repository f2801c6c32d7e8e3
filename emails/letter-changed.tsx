import { Link, Section, Text } from '@react-email/components';
import type { EmailTemplates } from '@/lib/email/templates';
import { Action, Layout, colors, muted, text } from './_components/layout';

type Props = EmailTemplates['letter-changed'];

export const subject = ({ campaignTitle }: Props) => `The letter you signed has changed: “${campaignTitle}”`;

// Markers seen only in the plain-text part (and by readers whose client ignores the colours),
// so the change stays legible without styling.
const textOnly = { display: 'none', msoHide: 'all' } as const;
const inserted = { backgroundColor: '#dcefe2', color: colors.ok, textDecoration: 'underline' } as const;
const deleted = { backgroundColor: '#f6dede', color: colors.bad, textDecoration: 'line-through' } as const;

export function Diff({ diff }: { diff: Props['diff'] }) {
  return (
    <Text style={{ ...text, whiteSpace: 'pre-wrap', fontFamily: 'Georgia, serif' }}>
      {diff.map((part, i) =>
        part.added ? (
          <ins key={i} style={inserted}>
            <span style={textOnly}>[+</span>
            {part.value}
            <span style={textOnly}>+]</span>
          </ins>
        ) : part.removed ? (
          <del key={i} style={deleted}>
            <span style={textOnly}>[-</span>
            {part.value}
            <span style={textOnly}>-]</span>
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </Text>
  );
}

export default function LetterChanged(props: Props) {
  const { campaignTitle, name, fromVersion, toVersion, changeNote, diff, letterUrl, statusUrl, withdrawUrl } = props;
  return (
    <Layout preview="See what changed, and withdraw in one click if you no longer agree" campaignTitle={campaignTitle} statusUrl={statusUrl}>
      <Text style={text}>Hello {name},</Text>
      <Text style={text}>
        The coordinators made a substantive change to the letter you signed (version {fromVersion} → version{' '}
        {toVersion}). Your sign-on stays on the letter unless you withdraw it.
      </Text>
      {changeNote ? <Text style={text}>Their note: “{changeNote}”</Text> : null}
      <Text style={muted}>
        What changed (added text <span style={inserted}>underlined in green</span>, removed text{' '}
        <span style={deleted}>struck through in red</span>):
      </Text>
      <Section style={{ borderLeft: `4px solid ${colors.line}`, paddingLeft: 12, margin: '0 0 16px' }}>
        <Diff diff={diff} />
      </Section>
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
  name: 'Friends of the Lower Valley',
  fromVersion: 2,
  toVersion: 3,
  changeNote: 'Added the 2030 deadline the coalition agreed on.',
  diff: [
    { value: 'We ask the ministry to adopt binding minimum flows ' },
    { value: 'soon', removed: true },
    { value: 'by 2030', added: true },
    { value: ' and to publish monthly measurements.' },
  ],
  letterUrl: 'http://localhost:3000/letters/protect-the-river-commons',
  statusUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc',
  withdrawUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc/withdraw',
} satisfies Props;
