import type { Metadata } from 'next';
import type { ReactNode } from 'react';

/**
 * The address of a public letter page: the original's (/letters/{slug}) or a translation's
 * (/letters/{slug}/{locale}). The views take either, so one page definition serves both.
 */
export type LetterPageParams = { slug: string; locale?: string };

type Props = { params: Promise<LetterPageParams> };

/**
 * What a cached public letter page exports besides its `revalidate` (which Next.js reads from the
 * page file itself, so each file keeps its own): no letter is rendered at build time; each is
 * rendered on its first visit, then served from the cache (docs/decisions/0006).
 */
export function defineCachedLetterPage(
  metadata: (params: LetterPageParams) => Metadata | Promise<Metadata>,
  render: (params: LetterPageParams) => ReactNode | Promise<ReactNode>,
) {
  return {
    generateStaticParams: async (): Promise<LetterPageParams[]> => [],
    generateMetadata: async ({ params }: Props): Promise<Metadata> => metadata(await params),
    Page: async ({ params }: Props) => render(await params),
  };
}
