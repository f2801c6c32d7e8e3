import { escapeXml } from './badge';

/**
 * The HTML a coalition member pastes to show the sign-on form: a titled frame (screen readers
 * announce it by its title), wide as its column, tall enough for the form without a scroll
 * bar on most phones. The title is escaped: it is the letter's, typed by a coordinator.
 */
export function embedSnippet({ src, title }: { src: string; title: string }): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(`Sign the letter: ${title}`)}" style="width:100%;max-width:640px;height:1100px;border:0" loading="lazy" allow="clipboard-write"></iframe>`;
}
