import { useFormContext, useFormState } from 'react-hook-form';
import { FieldMessages, describedBy } from '../field-messages';
import { fieldErrorAt } from './field-error-at';
import { useFormMeta } from './form-context';

interface ChoiceFieldProps {
  /** The value's name in the schema. */
  readonly name: string;
  readonly hint?: string | undefined;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

/**
 * One question of a {@link SchemaForm} as a native fieldset: radio buttons (`multiple` false, one
 * value) or checkboxes (`multiple`, an array: give it `[]` as its default). The fieldset carries the
 * id the error summary links to, and the hint and error through `aria-describedby`.
 */
function ChoiceField({ name, hint, options, multiple }: ChoiceFieldProps & { readonly multiple: boolean }) {
  const meta = useFormMeta();
  const { register } = useFormContext();
  const { errors } = useFormState({ name });
  const id = meta.idFor(name);
  const error = meta.messageFor(name, fieldErrorAt(errors, name));
  const field = register(name);
  return (
    <fieldset
      id={id}
      className={error === undefined ? 'field' : 'field field--error'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="field__legend">{meta.labelFor(name)}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="choices">
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          return (
            <div className="choice" key={option.value}>
              <input
                {...field}
                className="choice__input"
                type={multiple ? 'checkbox' : 'radio'}
                id={inputId}
                value={option.value}
                aria-invalid={error === undefined ? undefined : true}
              />
              <label className="choice__label" htmlFor={inputId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Choose one: radio buttons. */
export function RadioField(props: ChoiceFieldProps) {
  return <ChoiceField {...props} multiple={false} />;
}

/** Choose all that apply: checkboxes whose value is an array. */
export function CheckboxesField(props: ChoiceFieldProps) {
  return <ChoiceField {...props} multiple />;
}
