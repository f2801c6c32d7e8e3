import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { safeMarkdownUrl } from '@/lib/letters/markdown';

/**
 * The letter body as the public will see it. Raw HTML is never rendered (no rehype-raw),
 * and images are not part of a letter.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <ReactMarkdown
      remarkPlugins={[remarkGfm]}
      skipHtml
      disallowedElements={['img']}
      unwrapDisallowed
      urlTransform={safeMarkdownUrl}
      components={{
        // A link whose target was dropped (javascript:, data:, …) is shown as its text.
        a: ({ href, children }) =>
          href ? (
            <a href={href} rel="nofollow noopener noreferrer">
              {children}
            </a>
          ) : (
            <>{children}</>
          ),
      }}
    >
      {source}
    </ReactMarkdown>
  );
}
