import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import './globals.css';

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
  return (
    <html lang="en">
      <body className="min-h-screen flex flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 bg-white p-2 z-10">
          Skip to content
        </a>
        <header className="border-b border-line bg-white no-print">
          <nav aria-label="Main" className="mx-auto max-w-5xl flex flex-wrap items-center justify-between gap-2 px-4 py-3">
            <Link href="/" className="font-serif text-xl font-semibold text-ink no-underline">
              Undersigned
            </Link>
            <ul className="flex gap-4 text-sm">
              <li>
                <Link href="/letters">Letters</Link>
              </li>
              <li>
                <Link href="/dashboard">Coordinators</Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" className="flex-1 mx-auto w-full max-w-5xl px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-line text-sm text-muted no-print">
          <div className="mx-auto max-w-5xl px-4 py-4">Undersigned — collaborative sign-on letters.</div>
        </footer>
      </body>
    </html>
  );
}
