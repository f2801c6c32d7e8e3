'use client';

import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import type { FormState } from '@/lib/errors';
import { limits } from '@/lib/sign-ons/schemas';
import { FormErrorAlert, TextField } from './fields';
import { SubmitButton } from './submit-button';

/** "Send me a new link": answers the same whatever the address, like the sign-on form. */
export function NewLinkForm({
  action,
  submitLabel,
  locale,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel?: string;
  /** The page's language, so the answer and the email come in it. */
  locale?: string;
}) {
  const t = useTranslations('signOn');
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: 'idle' });
  const error = state.status === 'error' ? state : null;
  return (
    <form action={formAction}>
      <FormErrorAlert state={state} />
      {locale && <input type="hidden" name="locale" value={locale} />}
      <TextField
        idPrefix="new-link"
        name="email"
        label={t('emailSignedWith')}
        type="email"
        required
        max={limits.email}
        autoComplete="email"
        defaultValue={error?.values?.email}
        errors={error?.fieldErrors?.email}
      />
      <SubmitButton pendingLabel={t('sending')}>{submitLabel ?? t('sendNewLink')}</SubmitButton>
    </form>
  );
}
