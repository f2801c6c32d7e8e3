'use client';

import { useActionState } from 'react';
import { idle } from '@/lib/errors';
import type { FormAction } from '../ui/action-form';
import { describedBy, FieldError, FormMessage, valueOf } from '../ui/form-message';
import { SubmitButton } from '../ui/submit-button';

/**
 * Which sites may put the sign-on form in a frame, and the snippet to paste there. The
 * snippet is shown in a read-only field so it can be copied as is.
 */
export function EmbedSettingsForm({
  action,
  campaignId,
  origins,
  snippet,
  translations,
  disabled,
}: {
  action: FormAction;
  campaignId: string;
  origins: readonly string[];
  snippet: string;
  /** The form in each language the letter is translated into: the same snippet with its address. */
  translations: readonly { locale: string; name: string; src: string }[];
  disabled: boolean;
}) {
  const [state, formAction] = useActionState(action, idle);
  return (
    <section aria-labelledby="embed-heading" className="mt-10 max-w-2xl border-t border-line pt-6">
      <h2 id="embed-heading" className="font-serif text-xl font-semibold mb-2">
        Put the sign-on form on other sites
      </h2>
      <label htmlFor="embed-snippet" className="field-label">
        Code to paste into a web page
      </label>
      <textarea id="embed-snippet" readOnly rows={3} value={snippet} className="field-input font-mono text-sm" aria-describedby="embed-snippet-hint" />
      <p id="embed-snippet-hint" className="field-hint">
        The form works inside the frame, without JavaScript too; signers confirm by email as on the letter page.
      </p>
      {translations.length > 0 && (
        <div className="mt-3">
          <p className="field-hint">For a site in another language, put one of these addresses in the code instead:</p>
          <ul className="mt-1 space-y-1 text-sm" data-testid="embed-translations">
            {translations.map((t) => (
              <li key={t.locale}>
                <span lang={t.locale}>{t.name}</span>: <code className="break-all">{t.src}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form action={formAction} className="mt-6 space-y-4" noValidate>
        <input type="hidden" name="campaignId" value={campaignId} />
        <fieldset disabled={disabled} className="space-y-4">
          <div>
            <label htmlFor="embedOrigins" className="field-label">
              Sites allowed to show the form (optional)
            </label>
            <textarea
              id="embedOrigins"
              name="embedOrigins"
              rows={4}
              defaultValue={valueOf(state, 'embedOrigins', origins.join('\n'))}
              className="field-input font-mono text-sm"
              placeholder="https://coalition.example.org"
              {...describedBy(state, 'embedOrigins', 'embedOrigins-hint')}
            />
            <p id="embedOrigins-hint" className="field-hint">
              One address per line, like https://coalition.example.org. Leave empty to let any site show the form.
            </p>
            <FieldError state={state} name="embedOrigins" />
          </div>
          <SubmitButton>Save embedding</SubmitButton>
        </fieldset>
        <FormMessage state={state} />
      </form>
    </section>
  );
}
