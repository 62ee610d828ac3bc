import { useId, type ReactNode } from 'react';

/** What a {@link Field} hands its control: spread it onto the input, select or textarea. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: true;
  readonly 'aria-errormessage'?: string;
  readonly required?: boolean;
}

/** What a {@link Field} takes. */
export interface FieldProps {
  /** The visible label (or, with `hideLabel`, the accessible name only). */
  label: ReactNode;
  /** A short help text under the control. */
  hint?: ReactNode;
  /** What is wrong with the value; marks the control invalid. */
  error?: ReactNode;
  /** Text after the label for optional fields, such as "(optional)". */
  optional?: ReactNode;
  /** Sets `required` on the control. */
  required?: boolean;
  /** Keeps the label for screen readers only. */
  hideLabel?: boolean;
  /** Label and control on one line (filters). */
  inline?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * One labelled form control: the label, the control, an optional hint and an optional error,
 * wired together (`for`/`id`, `aria-describedby`, `aria-invalid`, `aria-errormessage`) so
 * assistive technology reads them as one. The control comes from a render function:
 *
 * ```tsx
 * <Field label={t('admin:users.email')} hint={t('admin:users.emailHint')} error={problem}>
 *   {(control) => <input {...control} type="email" value={email} onChange={…} />}
 * </Field>
 * ```
 */
export function Field({
  label,
  hint,
  error,
  optional,
  required,
  hideLabel,
  inline,
  className,
  children,
}: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const classes = ['field', inline ? 'inline-field' : '', error ? 'has-error' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
        {optional && <span className="hint"> {optional}</span>}
      </label>
      {children({
        id,
        'aria-describedby': describedBy,
        ...(error ? { 'aria-invalid': true as const, 'aria-errormessage': errorId } : {}),
        ...(required ? { required: true } : {}),
      })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The commonest {@link Field}: a one-line text input bound to a string, for forms whose every
 * value is typed (registration pages of other systems). `onValue` receives the new text.
 */
export function TextField({
  value,
  onValue,
  type,
  maxLength,
  autoComplete,
  inputMode,
  ...field
}: Omit<FieldProps, 'children'> & {
  value: string;
  onValue(value: string): void;
  type?: 'text' | 'password' | 'number';
  maxLength?: number;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
}) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          type={type}
          maxLength={maxLength}
          autoComplete={autoComplete}
          inputMode={inputMode}
          value={value}
          onChange={(e) => onValue(e.target.value)}
        />
      )}
    </Field>
  );
}
