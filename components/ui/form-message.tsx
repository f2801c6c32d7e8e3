import type { FormState } from '@/lib/errors';

/** The outcome of a form submission, announced to screen readers. */
export function FormMessage({ state }: { state: FormState<unknown> }) {
  if (state.status === 'error') {
    return (
      <p role="alert" className="mt-3 rounded-md border border-bad/40 bg-bad/5 px-3 py-2 text-sm text-bad">
        {state.message}
      </p>
    );
  }
  if (state.status === 'success' && state.message) {
    return (
      <p role="status" className="mt-3 rounded-md border border-ok/40 bg-ok/5 px-3 py-2 text-sm text-ok">
        {state.message}
      </p>
    );
  }
  return null;
}

export function fieldErrors(state: FormState<unknown>, name: string): string[] {
  return state.status === 'error' ? (state.fieldErrors?.[name] ?? []) : [];
}

/** Errors under a field; the field points at them with aria-describedby={errorId(name)}. */
export function FieldError({ state, name }: { state: FormState<unknown>; name: string }) {
  const errors = fieldErrors(state, name);
  if (errors.length === 0) return null;
  return (
    <p id={errorId(name)} className="field-error">
      {errors.join(' ')}
    </p>
  );
}

export const errorId = (name: string) => `${name}-error`;

/** Props that tie an input to its error message. */
export function describedBy(state: FormState<unknown>, name: string, hintId?: string) {
  const invalid = fieldErrors(state, name).length > 0;
  const ids = [hintId, invalid ? errorId(name) : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': invalid || undefined, 'aria-describedby': ids || undefined };
}

/** What the user typed before a failed submission, else the given default. */
export function valueOf(state: FormState<unknown>, name: string, fallback = ''): string {
  return state.status === 'error' ? (state.values?.[name] ?? fallback) : fallback;
}
