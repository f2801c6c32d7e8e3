import { localeNames, type Locale } from '@/lib/i18n/locales';

export type LanguageLink = { locale: string; href: string };

const nameOf = (locale: string) => localeNames[locale as Locale] ?? locale;

/**
 * Plain links to the letter's other languages (no JavaScript, no stored preference): the
 * address decides the language. Each name is written in its own language and marked so.
 */
export function LanguageSwitcher({ links, current, label }: { links: LanguageLink[]; current: string; label: string }) {
  if (links.length < 2) return null;
  return (
    <nav aria-label={label} className="no-print mb-6 text-sm">
      <span className="text-muted">{label}: </span>
      <ul className="inline-flex flex-wrap gap-x-3 gap-y-1">
        {links.map((link) => (
          <li key={link.locale}>
            {link.locale === current ? (
              <span aria-current="page" className="font-semibold" lang={link.locale}>
                {nameOf(link.locale)}
              </span>
            ) : (
              <a href={link.href} hrefLang={link.locale} lang={link.locale}>
                {nameOf(link.locale)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
