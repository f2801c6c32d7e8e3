import type { Metadata, Viewport } from 'next';
import { SiteShell } from '@/components/layout/site-shell';
import { getPublicLetterPage } from '@/lib/campaigns/public-page';
import { toLocale } from '@/lib/i18n/locales';
import '../../../globals.css';

export const metadata: Metadata = {
  title: { default: 'Undersigned', template: '%s · Undersigned' },
  description: 'Collaborative sign-on letters with verified signatories and a final list that comes out right.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

type Props = { children: React.ReactNode; params: Promise<{ slug: string }> };

/**
 * The root layout of a letter's own pages (/letters/{slug}/…): the document speaks the letter's
 * language, as its pages do, read from the cached letter (the page reads the same entry). An
 * address that names no published letter renders in English around its 404.
 */
export default async function LetterLayout({ children, params }: Props) {
  const page = await getPublicLetterPage((await params).slug);
  return <SiteShell locale={toLocale(page?.letter.language)}>{children}</SiteShell>;
}
