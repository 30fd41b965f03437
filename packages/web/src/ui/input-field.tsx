import { FieldMessages, describedBy } from './field-messages';

interface InputFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'email' | 'password' | 'date' | 'search';
  readonly autoComplete?: string;
  readonly inputMode?: 'text' | 'numeric' | 'email';
  /** A textarea instead of a one-line input. */
  readonly multiline?: boolean;
  readonly required?: boolean;
}

/**
 * A controlled labelled input (or textarea) with its hint and error bound through aria-describedby: for
 * search boxes and filters that are not a form of their own. Forms use `ui/form` (react-hook-form + zod).
 */
export function InputField(props: InputFieldProps) {
  const { id, label, hint, error, value, onChange, type = 'text', multiline = false, required = false } = props;
  const shared = {
    id,
    value,
    required,
    'aria-invalid': error === undefined ? undefined : true,
    'aria-describedby': describedBy(id, hint, error),
  } as const;
  return (
    <div className={error === undefined ? 'field' : 'field field--error'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {multiline ? (
        <textarea
          {...shared}
          className="input workspace-textarea"
          rows={3}
          onChange={(event) => {
            onChange(event.currentTarget.value);
          }}
        />
      ) : (
        <input
          {...shared}
          className="input"
          type={type}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          onChange={(event) => {
            onChange(event.currentTarget.value);
          }}
        />
      )}
    </div>
  );
}
