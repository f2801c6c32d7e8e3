'use client';

import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'use-intl';
import { wireControl, FieldLabel, FieldMessages } from './fields';

const noop = () => () => {};

export type CountryOption = { code: string; name: string };

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/**
 * A plain <select> (works without JavaScript, and native type-ahead already helps); with
 * JavaScript a search box narrows the list.
 */
export function CountrySelect({
  name,
  label,
  options,
  internationalOption,
  required,
  defaultValue,
  errors,
  hint,
  idPrefix,
}: {
  name: string;
  label: string;
  options: readonly CountryOption[];
  internationalOption?: { value: string; label: string };
  required?: boolean;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  idPrefix?: string;
}) {
  const t = useTranslations('signOn');
  const control = wireControl({ name, idPrefix, hint, errors });
  // False on the server and during hydration, true once JavaScript runs.
  const enhanced = useSyncExternalStore(noop, () => true, () => false);
  const [query, setQuery] = useState('');
  const [value, setValue] = useState(defaultValue ?? '');
  const [shownDefault, setShownDefault] = useState(defaultValue);
  if (defaultValue !== shownDefault) {
    // A failed submission brings back what was chosen.
    setShownDefault(defaultValue);
    setValue(defaultValue ?? '');
  }

  const visible = useMemo(() => {
    const q = fold(query.trim());
    if (!q) return options;
    return options.filter((o) => o.code === value || fold(o.name).includes(q) || o.code.toLowerCase() === q);
  }, [options, query, value]);

  return (
    <div className="mb-5">
      <FieldLabel htmlFor={control.id} label={label} required={required} />
      {enhanced && (
        <input
          type="search"
          className="field-input mb-2"
          placeholder={t('searchCountries')}
          aria-label={t('searchCountriesLabel', { label: label.toLocaleLowerCase() })}
          aria-controls={control.id}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            const q = fold(e.target.value.trim());
            const first = q ? options.find((o) => fold(o.name).includes(q)) : undefined;
            if (first) setValue(first.code);
          }}
        />
      )}
      <select {...control} required={required} className="field-input" value={value} onChange={(e) => setValue(e.target.value)}>
        <option value="">{required ? t('choose') : t('notGiven')}</option>
        {internationalOption && <option value={internationalOption.value}>{internationalOption.label}</option>}
        {visible.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
      <FieldMessages id={control.id} hint={hint} errors={errors} />
    </div>
  );
}
