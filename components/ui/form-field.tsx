import type { ReactNode } from 'react';
import type { FormState } from '@/lib/errors';
import { describedBy, FieldError } from './form-message';

/** What the control inside a FormField spreads onto itself: its id, name and ARIA wiring. */
export type ControlProps = { id: string; name: string } & ReturnType<typeof describedBy>;

/**
 * A labelled control with its hint and its errors. The control comes from `children` so each
 * form keeps its own input, select or textarea, while the label, hint and error ids that
 * screen readers follow are wired the same way everywhere.
 */
export function FormField({
  state,
  id,
  name = id,
  label,
  hint,
  hintFirst = false,
  children,
}: {
  state: FormState<unknown>;
  id: string;
  /** The submitted name, when it differs from the id (errors are keyed by name). */
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Put the hint between the label and the control, for long instructions read before typing. */
  hintFirst?: boolean;
  children: (control: ControlProps) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const hintText = hint && (
    <p id={hintId} className="field-hint">
      {hint}
    </p>
  );
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hintFirst && hintText}
      {children({ id, name, ...describedBy(state, name, hintId) })}
      {!hintFirst && hintText}
      <FieldError state={state} name={name} />
    </div>
  );
}
