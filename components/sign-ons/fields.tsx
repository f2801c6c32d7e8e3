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

/** What a field's control spreads onto itself: its id, its name, and the ARIA wiring to its hint and errors. */
function wireControl({ name, idPrefix = 'f', hint, errors }: Pick<Common, 'name' | 'idPrefix' | 'hint' | 'errors'>) {
  const id = `${idPrefix}-${name}`;
  return {
    id,
    name,
    'aria-describedby': [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined,
    'aria-invalid': errors?.length ? true : undefined,
  } as const;
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
  max,
  defaultValue,
  type = 'text',
  autoComplete,
  multiline,
  inputMode,
  ...field
}: Common & {
  max: number;
  defaultValue?: string;
  type?: 'text' | 'email' | 'url';
  autoComplete?: string;
  multiline?: boolean;
  inputMode?: 'url' | 'email' | 'text';
}) {
  const t = useTranslations('signOn');
  const limitHint = t('upTo', { max });
  const hint = field.hint ? (
    <>
      {field.hint} {limitHint}
    </>
  ) : (
    limitHint
  );
  const control = wireControl({ ...field, hint });
  const shared = { ...control, required: field.required, maxLength: max, defaultValue, className: 'field-input' } as const;
  return (
    <div className="mb-5">
      <FieldLabel htmlFor={control.id} label={field.label} required={field.required} />
      {multiline ? (
        <textarea {...shared} rows={4} />
      ) : (
        <input {...shared} type={type} autoComplete={autoComplete} inputMode={inputMode} />
      )}
      <FieldMessages id={control.id} hint={hint} errors={field.errors} />
    </div>
  );
}

export function CheckboxField({ defaultChecked, ...field }: Common & { defaultChecked?: boolean }) {
  const t = useTranslations('signOn');
  const control = wireControl(field);
  return (
    <div className="mb-5">
      <div className="flex items-start gap-2">
        <input {...control} type="checkbox" required={field.required} defaultChecked={defaultChecked} className="mt-1 h-5 w-5 shrink-0" />
        <label htmlFor={control.id}>
          {field.label}
          {field.required && <span className="text-bad"> {t('required')}</span>}
        </label>
      </div>
      <FieldMessages id={control.id} hint={field.hint} errors={field.errors} />
    </div>
  );
}

export { FieldMessages, wireControl };
