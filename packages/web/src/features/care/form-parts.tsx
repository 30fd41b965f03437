import type { ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useT } from '../../i18n/use-t';
import { useFormMeta } from '../../ui/form/form-context';

/*
 * The plan form's repeated group of entries with add and remove buttons. The intake form has its own
 * (features/chart/intake/intake-fields.tsx) with other markup: an empty text, a minimum, a grid.
 */

interface RepeatedGroupProps {
  /** The array's name in the schema, e.g. `goals`. */
  readonly name: string;
  readonly legend: string;
  readonly addLabel: string;
  /** The values of a new entry. */
  readonly blank: Record<string, unknown>;
  /** The title of entry `index` (e.g. "Goal 1"), which its remove button refers to. */
  readonly entryLabel: (index: number) => string;
  /** The fields of entry `index`, named `<name>.<index>.<field>`. */
  readonly children: (index: number) => ReactNode;
}

/**
 * A list of entries of one shape, each in its own group with a remove button, and an add button after
 * them. Removing an entry changes only the unsaved form: nothing is stored until the plan is saved.
 */
export function RepeatedGroup({ name, legend, addLabel, blank, entryLabel, children }: RepeatedGroupProps) {
  const t = useT();
  const meta = useFormMeta();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const id = meta.idFor(name);
  return (
    <fieldset className="field care-group" id={id}>
      <legend className="field__legend">{legend}</legend>
      {fields.map((field, index) => (
        <div className="care-entry" key={field.id} role="group" aria-labelledby={`${id}-${String(index)}-heading`}>
          <p className="care-entry__title" id={`${id}-${String(index)}-heading`}>
            <strong>{entryLabel(index)}</strong>
          </p>
          {children(index)}
          {fields.length > 1 ? (
            <button
              className="button button--secondary"
              type="button"
              aria-describedby={`${id}-${String(index)}-heading`}
              onClick={() => {
                remove(index);
              }}
            >
              {t('plan.form.remove')}
            </button>
          ) : null}
        </div>
      ))}
      <button
        className="button button--secondary"
        type="button"
        onClick={() => {
          append(blank);
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
