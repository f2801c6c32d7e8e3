import { createTranslator } from 'use-intl/core';
import { toLocale, type Locale } from './locales';
import { messagesFor, type Messages } from './messages';

type Namespace = keyof Messages;

/**
 * Messages of one namespace outside a request (emails, commands, metadata): the same
 * catalogs and ICU rules as the pages, with English filling any gap.
 */
export function translatorFor<N extends Namespace>(locale: Locale | string, namespace: N) {
  const l = toLocale(locale);
  return createTranslator({ locale: l, messages: messagesFor(l), namespace });
}

export type Translator<N extends Namespace> = ReturnType<typeof translatorFor<N>>;
