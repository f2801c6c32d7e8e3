import { getTranslations } from 'next-intl/server';
import { localeNames, locales, type Locale } from '@/lib/i18n/locales';
import type { LetterTranslation } from '@/lib/letters/translations';
import type { FormState } from '@/lib/errors';
import type { EditableLetter } from './letter-editor';
import { TranslationEditor, type TranslationEditorLabels } from './translation-editor';

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  campaignId: string;
  originalLanguage: string;
  currentVersion: number;
  translations: LetterTranslation[];
  /** The original's text: a new translation starts from it. */
  original: EditableLetter;
};

const pick = (t: EditableLetter): EditableLetter => ({
  title: t.title,
  dateLine: t.dateLine,
  addressees: t.addressees,
  body: t.body,
  closing: t.closing,
  cc: t.cc,
  individualsFootnote: t.individualsFootnote,
});

/** The letter's other languages beside the original: each one's state, editor and preview. */
export async function TranslationsSection({ action, campaignId, originalLanguage, currentVersion, translations, original }: Props) {
  const t = await getTranslations({ locale: 'en', namespace: 'editor' });
  const labels: TranslationEditorLabels = {
    language: t('language'),
    save: t('save'),
    preview: t('preview'),
    fields: {
      title: t('fields.title'),
      dateLine: t('fields.dateLine'),
      addressees: t('fields.addressees'),
      body: t('fields.body'),
      closing: t('fields.closing'),
      cc: t('fields.cc'),
      individualsFootnote: t('fields.individualsFootnote'),
    },
  };
  const present = new Set(translations.map((tr) => tr.locale));
  const missing = locales.filter((l): l is Locale => l !== originalLanguage && !present.has(l));
  return (
    <section aria-labelledby="translations-heading" className="mt-12 border-t border-line pt-6">
      <h2 id="translations-heading" className="font-serif text-xl font-semibold mb-2">
        {t('translationsHeading')}
      </h2>
      <p className="mb-6 text-sm text-muted">{t('translationsIntro')}</p>
      {translations.map((tr) => (
        <details key={tr.locale} className="card mb-4" data-testid={`translation-${tr.locale}`}>
          <summary className="cursor-pointer font-medium">
            <span lang={tr.locale}>{localeNames[tr.locale]}</span>
            {' — '}
            <span className={tr.outdated ? 'text-bad' : 'text-muted'}>{tr.outdated ? t('outdated') : t('upToDate', { version: tr.basedOnVersion })}</span>
          </summary>
          <div className="mt-4">
            <TranslationEditor
              action={action}
              campaignId={campaignId}
              currentVersion={currentVersion}
              locale={tr.locale}
              initial={pick(tr)}
              labels={labels}
              idPrefix={`tr-${tr.locale}`}
            />
          </div>
        </details>
      ))}
      {missing.length > 0 && (
        <details className="card mb-4">
          <summary className="cursor-pointer font-medium">{t('addTranslation')}</summary>
          <div className="mt-4">
            <TranslationEditor
              action={action}
              campaignId={campaignId}
              currentVersion={currentVersion}
              locale={{ choices: missing.map((l) => ({ value: l, label: localeNames[l] })) }}
              initial={original}
              labels={labels}
              idPrefix="tr-new"
            />
          </div>
        </details>
      )}
    </section>
  );
}
