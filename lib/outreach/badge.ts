import type { Counts } from '../lists/summary';

/** Text for SVG or XML content and attribute values: nothing a letter title holds can open a tag. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** "1,234 signatories": organizations and individuals together, as a badge has room for. */
export function signatoryCount({ organizations, individuals }: Counts, locale = 'en'): string {
  const total = organizations + individuals;
  return `${new Intl.NumberFormat(locale).format(total)} ${total === 1 ? 'signatory' : 'signatories'}`;
}

/** Rough width of 11 px Verdana-like text: badges are sized without measuring fonts. */
const textWidth = (text: string) => Math.ceil([...text].length * 7 + 10);

/**
 * A flat two-part badge ("signed by | 1,234 signatories") for other sites to show. `title`
 * (the letter's title and summary) is its accessible name; every text is escaped.
 */
export function badgeSvg({ label, value, title }: { label: string; value: string; title: string }): string {
  const left = textWidth(label);
  const right = textWidth(value);
  const width = left + right;
  const [l, v, t] = [label, value, title].map(escapeXml);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${t}">`,
    `<title>${t}</title>`,
    `<rect width="${left}" height="20" rx="3" fill="#444"/>`,
    `<rect x="${left}" width="${right}" height="20" rx="3" fill="#1f5f3f"/>`,
    `<rect x="${left}" width="4" height="20" fill="#1f5f3f"/>`,
    `<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">`,
    `<text x="${left / 2}" y="14">${l}</text>`,
    `<text x="${left + right / 2}" y="14">${v}</text>`,
    `</g></svg>`,
  ].join('');
}
