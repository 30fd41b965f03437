import { FieldMessages, describedBy } from './field-messages';

interface SelectFieldProps<V extends string> {
  readonly id: string;
  readonly label: string;
  readonly placeholder: string;
  readonly error?: string | undefined;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly value: V | undefined;
  readonly onChange: (value: V) => void;
  readonly disabled?: boolean;
  readonly className?: string;
}

/** A labelled native select; the first entry asks the person to choose. */
export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { id, label, placeholder, error, options, value, onChange, disabled = false, className } = props;
  return (
    <div className={error === undefined ? `field ${className ?? ''}` : `field field--error ${className ?? ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} error={error} />
      <select
        className="select"
        id={id}
        value={value ?? ''}
        disabled={disabled}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(id, undefined, error)}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.currentTarget.value);
          if (chosen !== undefined) {
            onChange(chosen.value);
          }
        }}
      >
        <option value="" disabled>
          {placeholder}
        </option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
