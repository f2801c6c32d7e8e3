'use server';

import { validatedAction } from '@/lib/actions/validated-action';
import { requireCoordinatorForAction } from '@/lib/auth/session';
import { translatorFor } from '@/lib/i18n/translator';
import { saveTranslation } from '@/lib/letters/translation-commands';
import { saveTranslationSchema } from '@/lib/letters/translation-schemas';

/** Saves one language of the letter beside the original; the command re-checks the editor role. */
export const saveTranslationAction = validatedAction({ schema: saveTranslationSchema, authorize: requireCoordinatorForAction }, async (input, me) => {
  await saveTranslation(input, me);
  return { status: 'success', message: translatorFor('en', 'editor')('saved') };
});
