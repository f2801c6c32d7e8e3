import { getTranslations } from 'next-intl/server';
import { localeNames, locales, type Locale } from '@/lib/i18n/locales';
import type { LetterTranslation } from '@/lib/letters/translations';
import type { FormState } from '@/lib/errors';
import type { LetterText } from '@/lib/letters/schemas';
import { TranslationEditor, type TranslationEditorLabels } from './translation-editor';

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  campaignId: string;
  originalLanguage: string;
  currentVersion: number;
  translations: LetterTranslation[];
  /** The original's text: a new translation starts from it. */
  original: LetterText;
  /** Shown under the heading, before the translations (the original, for reference). */
  children?: React.ReactNode;
};

const pick = (t: LetterText): LetterText => ({
  title: t.title,
  dateLine: t.dateLine,
  addressees: t.addressees,
  body: t.body,
  closing: t.closing,
  cc: t.cc,
  individualsFootnote: t.individualsFootnote,
});

/** The letter's other languages beside the original (the page's main heading): each one's state, editor and preview. */
export async function TranslationsSection({ action, campaignId, originalLanguage, currentVersion, translations, original, children }: Props) {
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
    <section aria-labelledby="translations-heading">
      <h1 id="translations-heading" className="font-serif text-2xl font-semibold mb-2">
        {t('translationsHeading')}
      </h1>
      <p className="mb-6 text-sm text-muted">{t('translationsIntro')}</p>
      {children}
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
