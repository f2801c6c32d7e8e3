import { defaultUrlTransform } from 'react-markdown';

const safeSchemes = /^(https?:|mailto:)/i;

/**
 * The link policy of a letter's Markdown, wherever it is shown (the public page, emails): only
 * http(s) and mailto links survive; everything else (javascript:, data:, …) becomes ''.
 */
export function safeMarkdownUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  if (!cleaned) return '';
  if (cleaned.startsWith('#') || cleaned.startsWith('/')) return cleaned;
  return safeSchemes.test(cleaned) ? cleaned : '';
}
