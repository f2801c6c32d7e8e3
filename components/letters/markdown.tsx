import ReactMarkdown, { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';

const safeSchemes = /^(https?:|mailto:)/i;

/** Only http(s) and mailto links survive; everything else (javascript:, data:, …) is dropped. */
function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  if (!cleaned) return '';
  if (cleaned.startsWith('#') || cleaned.startsWith('/')) return cleaned;
  return safeSchemes.test(cleaned) ? cleaned : '';
}

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
      urlTransform={safeUrl}
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
