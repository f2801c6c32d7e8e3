import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { FormState } from '@/lib/errors';

/** The form's error, above its fields, where a signer looks first after submitting. */
export function FormErrorAlert({ state }: { state: FormState }) {
  if (state.status !== 'error') return null;
  return (
    <p role="alert" className="mb-4 rounded-md border border-bad bg-white p-3 text-bad">
      {state.message}
    </p>
  );
}

type Common = {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
  idPrefix?: string;
};

function describedBy(id: string, hint: unknown, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function FieldMessages({ id, hint, errors }: { id: string; hint?: ReactNode; errors?: string[] }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

export function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  const t = useTranslations('signOn');
  return (
    <label htmlFor={htmlFor} className="field-label">
      {label}
      {required ? <span className="text-bad"> {t('required')}</span> : <span className="font-normal text-muted"> {t('optional')}</span>}
    </label>
  );
}

export function TextField({
  name,
  label,
  hint,
  errors,
  required,
  idPrefix = 'f',
  max,
  defaultValue,
  type = 'text',
  autoComplete,
  multiline,
  inputMode,
}: Common & {
  max: number;
  defaultValue?: string;
  type?: 'text' | 'email' | 'url';
  autoComplete?: string;
  multiline?: boolean;
  inputMode?: 'url' | 'email' | 'text';
}) {
  const t = useTranslations('signOn');
  const id = `${idPrefix}-${name}`;
  const limitHint = t('upTo', { max });
  const fullHint = hint ? (
    <>
      {hint} {limitHint}
    </>
  ) : (
    limitHint
  );
  const shared = {
    id,
    name,
    required,
    maxLength: max,
    defaultValue,
    'aria-describedby': describedBy(id, fullHint, errors),
    'aria-invalid': errors?.length ? true : undefined,
    className: 'field-input',
  } as const;
  return (
    <div className="mb-5">
      <FieldLabel htmlFor={id} label={label} required={required} />
      {multiline ? (
        <textarea {...shared} rows={4} />
      ) : (
        <input {...shared} type={type} autoComplete={autoComplete} inputMode={inputMode} />
      )}
      <FieldMessages id={id} hint={fullHint} errors={errors} />
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  errors,
  required,
  idPrefix = 'f',
  defaultChecked,
}: Common & { defaultChecked?: boolean }) {
  const t = useTranslations('signOn');
  const id = `${idPrefix}-${name}`;
  return (
    <div className="mb-5">
      <div className="flex items-start gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          required={required}
          defaultChecked={defaultChecked}
          aria-describedby={describedBy(id, hint, errors)}
          aria-invalid={errors?.length ? true : undefined}
          className="mt-1 h-5 w-5 shrink-0"
        />
        <label htmlFor={id}>
          {label}
          {required && <span className="text-bad"> {t('required')}</span>}
        </label>
      </div>
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}

export { FieldMessages, describedBy };
