import { useFormContext, useFormState } from 'react-hook-form';
import { FieldMessages, describedBy } from '../field-messages';
import { fieldErrorAt } from './field-error-at';
import { useFormMeta } from './form-context';

interface SelectFieldProps {
  /** The value's name in the schema. */
  readonly name: string;
  /** The first, empty entry that asks the person to choose (it is not a value). */
  readonly placeholder: string;
  readonly hint?: string | undefined;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

/** A labelled native select of a {@link SchemaForm}; nothing chosen leaves the value undefined. */
export function SelectField({ name, placeholder, hint, options }: SelectFieldProps) {
  const meta = useFormMeta();
  const { register } = useFormContext();
  const { errors } = useFormState({ name });
  const id = meta.idFor(name);
  const error = meta.messageFor(name, fieldErrorAt(errors, name));
  return (
    <div className={error === undefined ? 'field' : 'field field--error'}>
      <label className="field__label" htmlFor={id}>
        {meta.labelFor(name)}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        {...register(name, { setValueAs: (value: string) => (value === '' ? undefined : value) })}
        className="select"
        id={id}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(id, hint, error)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
