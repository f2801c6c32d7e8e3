'use server';

import { formValues, rethrowNextControlFlow } from '@/lib/actions/validated-action';
import { toFormState, type FormState } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { optOut } from '@/lib/outreach/commands';

/**
 * The opt-out button (public: the link's token is the credential, and the command checks it).
 * It answers in the language the page was shown in.
 */
export async function optOutAction(token: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const t = translatorFor(toLocale(formData.get('locale')), 'optOut');
  try {
    const { already } = await optOut(token);
    return { status: 'success', message: already ? t('already') : t('done') };
  } catch (error) {
    rethrowNextControlFlow(error);
    return toFormState(error, formValues(formData));
  }
}
