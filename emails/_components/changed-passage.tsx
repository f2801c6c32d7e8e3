import { translatorFor } from '@/lib/i18n/translator';
import { Text } from '@react-email/components';
import type { CSSProperties, ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { DiffSegment } from '@/lib/letters/diff';
import { safeMarkdownUrl } from '@/lib/letters/markdown';
import { diffMarks, isMarkdownField, type ChangedPassage } from '@/lib/letters/passages';
import { colors, link, text } from './layout';

// Markers seen only in the plain-text part (and by readers whose client ignores the colours),
// so the change stays legible without styling.
const textOnly = { display: 'none', msoHide: 'all' } as const;
export const inserted = { backgroundColor: '#dcefe2', color: colors.ok, textDecoration: 'underline' } as const;
export const deleted = { backgroundColor: '#f6dede', color: colors.bad, textDecoration: 'line-through' } as const;

export function Inserted({ children }: { children: ReactNode }) {
  return (
    <ins style={inserted}>
      <span style={textOnly}>[+</span>
      {children}
      <span style={textOnly}>+]</span>
    </ins>
  );
}

export function Deleted({ children }: { children: ReactNode }) {
  return (
    <del style={deleted}>
      <span style={textOnly}>[-</span>
      {children}
      <span style={textOnly}>-]</span>
    </del>
  );
}

// A minimal view of the HTML syntax tree react-markdown hands to its plugins.
type HastText = { type: 'text'; value: string };
type HastElement = { type: 'element'; tagName: string; properties: Record<string, unknown>; children: HastNode[] };
type HastParent = { type: string; children?: HastNode[] };
type HastNode = HastText | HastElement | HastParent;
type Mode = 'added' | 'removed' | null;

const marks: Record<string, Mode> = {
  [diffMarks.addedOpen]: 'added',
  [diffMarks.removedOpen]: 'removed',
  [diffMarks.addedClose]: null,
  [diffMarks.removedClose]: null,
};
const markSplit = /([\u2E02-\u2E05])/;

const containsMark = (node: HastNode): boolean =>
  node.type === 'text' ? markSplit.test((node as HastText).value) : ((node as HastParent).children ?? []).some(containsMark);

/**
 * Turns the marks around changed words into <ins>/<del> elements, wrapping whole inline
 * elements (a link, bold words) when a change covers them, and splitting where it does not.
 */
function wrapMarked(parent: HastParent, start: Mode): Mode {
  let mode = start;
  let wrapper: HastElement | null = null;
  const out: HastNode[] = [];
  const put = (node: HastNode) => {
    if (!mode) return out.push(node);
    if (!wrapper) {
      wrapper = { type: 'element', tagName: mode === 'added' ? 'ins' : 'del', properties: { dataDiff: mode }, children: [] };
      out.push(wrapper);
    }
    wrapper.children.push(node);
  };
  for (const child of parent.children ?? []) {
    if (child.type === 'text') {
      for (const part of (child as HastText).value.split(markSplit)) {
        if (part in marks) {
          mode = marks[part]!;
          wrapper = null;
        } else if (part) put({ type: 'text', value: part });
      }
    } else if (child.type === 'element' && containsMark(child)) {
      wrapper = null;
      mode = wrapMarked(child as HastElement, mode);
      out.push(child);
    } else put(child);
  }
  parent.children = out;
  return mode;
}

const rehypeDiffMarks = () => (tree: HastParent) => {
  wrapMarked(tree, null);
};

const block: CSSProperties = { ...text, fontFamily: 'Georgia, serif', margin: '0 0 8px' };

const components: Components = {
  p: ({ children }) => <p style={block}>{children}</p>,
  // Headings as bold lines: plain-text conversion would shout them in capitals.
  ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, ({ children }: { children?: ReactNode }) => <p style={{ ...block, fontWeight: 700 }}>{children}</p>])),
  ul: ({ children }) => <ul style={{ ...block, paddingLeft: 24 }}>{children}</ul>,
  ol: ({ children }) => <ol style={{ ...block, paddingLeft: 24 }}>{children}</ol>,
  blockquote: ({ children }) => <blockquote style={{ margin: '0 0 8px', paddingLeft: 12, borderLeft: `2px solid ${colors.line}` }}>{children}</blockquote>,
  // A link whose target was dropped (javascript:, data:, …) is shown as its text.
  a: ({ href, children }) =>
    href ? (
      <a href={href} style={link} rel="nofollow noopener noreferrer">
        {children}
      </a>
    ) : (
      <>{children}</>
    ),
  ins: ({ children }) => <Inserted>{children}</Inserted>,
  del: ({ node, children }) => (node?.properties?.dataDiff === 'removed' ? <Deleted>{children}</Deleted> : <del>{children}</del>),
};

const marked = (segments: DiffSegment[]) =>
  segments
    .map((s) =>
      s.added
        ? diffMarks.addedOpen + s.value + diffMarks.addedClose
        : s.removed
          ? diffMarks.removedOpen + s.value + diffMarks.removedClose
          : s.value,
    )
    .join('');

/** A changed passage of the body, rendered as the public page renders Markdown. */
function MarkdownPassage({ segments }: { segments: DiffSegment[] }) {
  return (
    <ReactMarkdown
      remarkPlugins={[remarkGfm]}
      rehypePlugins={[rehypeDiffMarks]}
      skipHtml
      disallowedElements={['img']}
      unwrapDisallowed
      urlTransform={safeMarkdownUrl}
      components={components}
    >
      {marked(segments)}
    </ReactMarkdown>
  );
}

function PlainSegments({ segments }: { segments: DiffSegment[] }) {
  return segments.map((s, i) =>
    s.added ? <Inserted key={i}>{s.value}</Inserted> : s.removed ? <Deleted key={i}>{s.value}</Deleted> : <span key={i}>{s.value}</span>,
  );
}

/** Fields shown with their name before the change (the body speaks for itself, the CC line keeps its “CC:”). */
const labelledFields = ['title', 'dateLine', 'addressees', 'closing', 'individualsFootnote'] as const;
const isLabelled = (field: ChangedPassage['field']): field is (typeof labelledFields)[number] => (labelledFields as readonly string[]).includes(field);

/** One changed passage, labelled as the letter labels it (the CC line keeps its “CC:”). */
export function ChangedPassageView({ passage, locale = 'en' }: { passage: ChangedPassage; locale?: string }) {
  if (isMarkdownField(passage.field)) return <MarkdownPassage segments={passage.segments} />;
  const label = isLabelled(passage.field) ? translatorFor(locale, 'email')(`fields.${passage.field}`) : null;
  return (
    <Text style={{ ...block, whiteSpace: 'pre-wrap' }}>
      {passage.field === 'cc' ? <strong>CC: </strong> : label ? <strong>{label}: </strong> : null}
      <PlainSegments segments={passage.segments} />
    </Text>
  );
}
