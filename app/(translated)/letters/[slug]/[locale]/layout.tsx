import type { Metadata, Viewport } from 'next';
import { SiteShell } from '@/components/layout/site-shell';
import { toLocale } from '@/lib/i18n/locales';
import '../../../../globals.css';

export const metadata: Metadata = {
  title: { default: 'Undersigned', template: '%s · Undersigned' },
  description: 'Collaborative sign-on letters with verified signatories and a final list that comes out right.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

type Props = { children: React.ReactNode; params: Promise<{ slug: string; locale: string }> };

/**
 * The root layout of a letter's pages in another language than its original: the document's
 * language and direction come from the address (/letters/{slug}/{locale}), never from the
 * request, so these pages are cached like the original's. An unknown locale renders in English
 * around the 404 its page gives.
 */
export default async function TranslatedLetterLayout({ children, params }: Props) {
  return <SiteShell locale={toLocale((await params).locale)}>{children}</SiteShell>;
}
