import type { HTMLInputTypeAttribute, InputHTMLAttributes } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import { FieldMessages, describedBy } from '../field-messages';
import { fieldErrorAt } from './field-error-at';
import { useFormMeta } from './form-context';

interface TextFieldProps {
  /** The value's name in the schema, dotted for nested objects (`admin.email`). */
  readonly name: string;
  readonly hint?: string | undefined;
  readonly type?: Extract<HTMLInputTypeAttribute, 'text' | 'email' | 'password' | 'date' | 'datetime-local' | 'search'>;
  readonly autoComplete?: string;
  readonly inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  /** A textarea instead of a one-line input. */
  readonly multiline?: boolean;
  /**
   * For an optional value: an empty field is left out (undefined) instead of sent as '', which the
   * schema would refuse as too short.
   */
  readonly optional?: boolean;
  /** Turns what was typed into the value the schema checks (e.g. a date into an ISO time). */
  readonly toValue?: (text: string) => unknown;
}

/**
 * A labelled input (or textarea) of a {@link SchemaForm}: its label comes from the form's `fields`,
 * and its hint and error are bound through `aria-describedby`, with `aria-invalid` while it is wrong.
 */
export function TextField({
  name,
  hint,
  type = 'text',
  autoComplete,
  inputMode,
  multiline = false,
  optional = false,
  toValue,
}: TextFieldProps) {
  const meta = useFormMeta();
  const { register } = useFormContext();
  const { errors } = useFormState({ name });
  const id = meta.idFor(name);
  const error = meta.messageFor(name, fieldErrorAt(errors, name));
  const field = register(name, {
    setValueAs: (text: string) => {
      if (optional && text.trim() === '') {
        return undefined;
      }
      return toValue === undefined ? text : toValue(text);
    },
  });
  const shared = {
    ...field,
    id,
    'aria-invalid': error === undefined ? undefined : true,
    'aria-describedby': describedBy(id, hint, error),
  } as const;
  return (
    <div className={error === undefined ? 'field' : 'field field--error'}>
      <label className="field__label" htmlFor={id}>
        {meta.labelFor(name)}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {multiline ? (
        <textarea {...shared} className="input workspace-textarea" rows={3} />
      ) : (
        <input {...shared} className="input" type={type} inputMode={inputMode} autoComplete={autoComplete ?? 'off'} />
      )}
    </div>
  );
}
