import type { Metadata, Viewport } from 'next';
import { SiteShell } from '@/components/layout/site-shell';
import '../globals.css';

export const metadata: Metadata = {
  title: { default: 'Undersigned', template: '%s · Undersigned' },
  description: 'Collaborative sign-on letters with verified signatories and a final list that comes out right.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/**
 * Public pages (home, /letters/…) are rendered once and cached; the others render per request
 * under their own segment's `dynamic` setting, with a CSP nonce (proxy.ts).
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <SiteShell locale="en">{children}</SiteShell>;
}
