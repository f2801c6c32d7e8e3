import type { ComponentProps, ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { countryOptions } from '@/lib/lists/countries';
import { SignOnForm } from './sign-on-form';
import { SignOnMessages } from './sign-on-messages';

type Props = Omit<ComponentProps<typeof SignOnForm>, 'countries' | 'locale'> & {
  heading: string;
  /** What signing means, above the form. */
  intro: ReactNode;
  locale: Locale;
  /** Smaller, for a frame on another site. */
  compact?: boolean;
};

/**
 * The sign-on form as a page shows it, at #sign-on (where "Sign this letter" and the kind links
 * lead): under its heading, in one language, with that language's labels, errors and country
 * names, and the language posted with it so the signer's emails follow.
 */
export function SignOnSection({ heading, intro, locale, compact = false, ...form }: Props) {
  return (
    <section id="sign-on" aria-labelledby="sign-on-heading" className={compact ? 'card mt-6' : 'card mt-10'}>
      <h2 id="sign-on-heading" className={`font-serif font-semibold mb-2 ${compact ? 'text-xl' : 'text-2xl'}`}>
        {heading}
      </h2>
      <p className="mb-6 text-muted">{intro}</p>
      <SignOnMessages locale={locale}>
        <SignOnForm {...form} countries={countryOptions(locale)} locale={locale} />
      </SignOnMessages>
    </section>
  );
}
