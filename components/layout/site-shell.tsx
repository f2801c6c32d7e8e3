import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SignOnMessages } from '@/components/sign-ons/sign-on-messages';
import { textDirection, type Locale } from '@/lib/i18n/locales';

/**
 * The document around every page: `<html lang dir>` in the page's language, the header and
 * the footer. It reads nothing from the request (the locale comes from the route), so the
 * pages inside stay cached.
 */
export async function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <body className="min-h-screen flex flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 bg-white p-2 z-10">
          {t('skipToContent')}
        </a>
        <header className="border-b border-line bg-white no-print">
          <nav aria-label={t('mainNav')} className="mx-auto max-w-5xl flex flex-wrap items-center justify-between gap-2 px-4 py-3">
            <Link href="/" className="font-serif text-xl font-semibold text-ink no-underline">
              {t('siteName')}
            </Link>
            <ul className="flex gap-4 text-sm">
              <li>
                <Link href="/letters">{t('letters')}</Link>
              </li>
              <li>
                <Link href="/dashboard">{t('coordinators')}</Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" className="flex-1 mx-auto w-full max-w-5xl px-4 py-8">
          <SignOnMessages locale={locale}>{children}</SignOnMessages>
        </main>
        <footer className="border-t border-line text-sm text-muted no-print">
          <div className="mx-auto max-w-5xl px-4 py-4">{t('footer')}</div>
        </footer>
      </body>
    </html>
  );
}
