import type { InputHTMLAttributes } from 'react';
import { FieldMessages, describedBy } from './field-messages';

interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'datetime-local';
  readonly inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  readonly disabled?: boolean;
  readonly max?: string | undefined;
  readonly className?: string;
  readonly autoComplete?: string;
}

/** A labelled text input with its hint and error bound through aria-describedby. */
export function TextField(props: TextFieldProps) {
  const { id, label, hint, error, value, onChange, type = 'text', inputMode, disabled = false, max, className } = props;
  return (
    <div className={error === undefined ? `field ${className ?? ''}` : `field field--error ${className ?? ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        className="input"
        id={id}
        type={type}
        inputMode={inputMode}
        value={value}
        disabled={disabled}
        max={max}
        autoComplete={props.autoComplete ?? 'off'}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
    </div>
  );
}
