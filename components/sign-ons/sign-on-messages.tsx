import type { ReactNode } from 'react';
import { ClientMessagesProvider } from '@/components/i18n/client-messages';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';

/** The sign-on forms' labels and errors in one language, for the client components below it. */
export function SignOnMessages({ locale, children }: { locale: Locale; children: ReactNode }) {
  const { signOn } = messagesFor(locale);
  return (
    <ClientMessagesProvider locale={locale} messages={{ signOn }}>
      {children}
    </ClientMessagesProvider>
  );
}
