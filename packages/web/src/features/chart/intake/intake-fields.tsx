import type { ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useT } from '../../../i18n/use-t';
import { useFormMeta } from '../../../ui/form/form-context';

/*
 * The intake form's repeated group (products, substances, medicines, allergies) with add and remove
 * buttons.
 */

interface RepeatedGroupProps {
  /** The array's name in the schema, e.g. `kratom.products`. */
  readonly name: string;
  readonly legend: string;
  readonly addLabel: string;
  /** The values of a new entry. */
  readonly blank: Record<string, unknown>;
  /** Text shown while the list is empty. */
  readonly emptyText?: string;
  /** The title of entry `index` (e.g. "Product 1"), which its remove button refers to. */
  readonly entryLabel: (index: number) => string;
  /** Keep at least this many entries (the remove button is hidden below it). */
  readonly min?: number;
  /** The fields of entry `index`, named `<name>.<index>.<field>`. */
  readonly children: (index: number) => ReactNode;
}

/**
 * A list of entries of one shape, each in its own group with a remove button, and an add button after
 * them. Removing an entry changes only the unsaved form: nothing is stored until the intake is saved.
 */
export function RepeatedGroup({
  name,
  legend,
  addLabel,
  blank,
  emptyText,
  entryLabel,
  min = 0,
  children,
}: RepeatedGroupProps) {
  const t = useT();
  const meta = useFormMeta();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const id = meta.idFor(name);
  return (
    <fieldset className="field intake-group" id={id}>
      <legend className="field__legend">{legend}</legend>
      {fields.length === 0 && emptyText !== undefined ? <p className="ws-muted">{emptyText}</p> : null}
      {fields.map((field, index) => (
        <div className="intake-entry" key={field.id}>
          <p className="intake-entry__title" id={`${id}-${String(index)}-heading`}>
            {entryLabel(index)}
          </p>
          <div className="workspace-grid">{children(index)}</div>
          {fields.length > min ? (
            <button
              className="button button--secondary"
              type="button"
              aria-describedby={`${id}-${String(index)}-heading`}
              onClick={() => {
                remove(index);
              }}
            >
              {t('intake.form.remove')}
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
