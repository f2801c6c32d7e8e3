/**
 * A web address made from a title: accents dropped, lower case, words joined by hyphens, at
 * most 60 characters cut at a word. Empty when the title has no Latin letters or digits.
 */
export function slugFromTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 60) break;
    slug = next;
  }
  return slug.length >= 3 ? slug : '';
}
