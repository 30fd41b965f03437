import type { ReactNode } from 'react';
import { FieldMessages, describedBy } from './field-messages';

export interface ChoiceOption<V extends string | number> {
  readonly value: V;
  readonly label: string;
}

interface ChoiceGroupProps<V extends string | number> {
  /** Id of the fieldset; the error summary links to it. */
  readonly id: string;
  readonly legend: ReactNode;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly options: readonly ChoiceOption<V>[];
  readonly value: V | undefined;
  readonly onChange: (value: V) => void;
  /** Lay short options (yes/no) side by side on wide screens. */
  readonly inline?: boolean;
}

/**
 * One question answered with radio buttons: a native fieldset and legend, so arrow keys move between
 * options and the question is read with each option.
 */
export function ChoiceGroup<V extends string | number>(props: ChoiceGroupProps<V>) {
  const { id, legend, hint, error, options, value, onChange, inline = false } = props;
  const invalid = error !== undefined;
  return (
    <fieldset
      id={id}
      className={invalid ? 'field field--error' : 'field'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="field__legend">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className={inline ? 'choices choices--inline' : 'choices'}>
        {options.map((option, index) => {
          const inputId = `${id}-${index}`;
          return (
            <div className="choice" key={String(option.value)}>
              <input
                className="choice__input"
                type="radio"
                id={inputId}
                name={id}
                value={String(option.value)}
                checked={value === option.value}
                onChange={() => {
                  onChange(option.value);
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
