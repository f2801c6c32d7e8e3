import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { localeNames, locales, type Locale } from '@/lib/i18n/locales';
import { saveEmailLanguageAction } from './language-actions';

/** The language of the coordinator's own emails; each language is named in itself. */
export async function EmailLanguageForm({ current }: { current: Locale }) {
  const t = await getTranslations({ locale: 'en', namespace: 'settings' });
  return (
    <ActionForm action={saveEmailLanguageAction} className="mt-6 border-t border-line pt-4">
      <label htmlFor="email-locale" className="field-label">
        {t('emailLanguage')}
      </label>
      <select id="email-locale" name="locale" defaultValue={current} className="field-input mb-4 max-w-xs">
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
      <SubmitButton>{t('saveLanguage')}</SubmitButton>
    </ActionForm>
  );
}
