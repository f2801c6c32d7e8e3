'use server';

import { validatedAction } from '@/lib/actions/validated-action';
import { requireCoordinatorForAction } from '@/lib/auth/session';
import { emailLanguageSchema, setCoordinatorLocale } from '@/lib/coordinators/locale';
import { translatorFor } from '@/lib/i18n/translator';

/** Saves the language of the signed-in coordinator's own emails. */
export const saveEmailLanguageAction = validatedAction({ schema: emailLanguageSchema, authorize: requireCoordinatorForAction }, async (input, me) => {
  const { locale } = await setCoordinatorLocale(input, me);
  // Said in the language just chosen: the first thing written in it.
  return { status: 'success', message: translatorFor(locale, 'settings')('languageSaved') };
});
