import { useFormContext } from 'react-hook-form';
import { useFormMeta } from './form-context';

/**
 * One labelled checkbox whose value is a boolean (not an array, as `CheckboxesField` gives).
 *
 * @param props - `name`: the field's name in the schema.
 * @returns The checkbox and its label.
 */
export function BooleanField({ name }: { readonly name: string }) {
  const meta = useFormMeta();
  const { register } = useFormContext();
  const id = meta.idFor(name);
  return (
    <div className="choice">
      <input {...register(name)} className="choice__input" type="checkbox" id={id} />
      <label className="choice__label" htmlFor={id}>
        {meta.labelFor(name)}
      </label>
    </div>
  );
}
