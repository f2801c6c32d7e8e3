'use client';

import { IntlProvider } from 'use-intl';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';

/** Only what the forms' client components read: every field error arrives already translated by the server. */
export type ClientMessages = Pick<Messages, 'signOn'>;

/**
 * The few catalogs interactive forms need, handed to client components by value: nothing
 * here reads the request, so cached pages stay cached.
 */
export function ClientMessagesProvider({ locale, messages, children }: { locale: Locale; messages: ClientMessages; children: ReactNode }) {
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="UTC">
      {children}
    </IntlProvider>
  );
}
