import type { ReactNode } from 'react';
import { FieldMessages, describedBy } from './field-messages';

export interface CheckboxOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

interface CheckboxGroupProps<V extends string> {
  readonly id: string;
  readonly legend: ReactNode;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly options: readonly CheckboxOption<V>[];
  readonly values: readonly V[];
  readonly onToggle: (value: V, checked: boolean) => void;
}

/** A "choose all that apply" question: a fieldset of native checkboxes. */
export function CheckboxGroup<V extends string>(props: CheckboxGroupProps<V>) {
  const { id, legend, hint, error, options, values, onToggle } = props;
  const invalid = error !== undefined;
  return (
    <fieldset
      id={id}
      className={invalid ? 'field field--error' : 'field'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="field__legend">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="choices">
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          return (
            <div className="choice" key={option.value}>
              <input
                className="choice__input"
                type="checkbox"
                id={inputId}
                name={id}
                value={option.value}
                checked={values.includes(option.value)}
                onChange={(event) => {
                  onToggle(option.value, event.currentTarget.checked);
                }}
                aria-invalid={invalid || undefined}
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
