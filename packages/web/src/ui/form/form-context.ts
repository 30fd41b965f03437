import { createContext, useContext } from 'react';

/** A field's label, or its label and wording for particular zod issue codes (e.g. `invalid_value`). */
export type FieldSpec = string | { readonly label: string; readonly messages?: Readonly<Record<string, string>> };

/** What every field of a {@link SchemaForm} reads: how ids are made, and the labels and wordings. */
export interface FormMeta {
  /** Field name → its control's id (`sign-in-email` for `email` in form `sign-in`). */
  readonly idFor: (name: string) => string;
  readonly labelFor: (name: string) => string;
  /** The message to show for an error of this field: the form's own wording for its code, else zod's. */
  readonly messageFor: (
    name: string,
    error: { readonly type?: unknown; readonly message?: unknown } | undefined,
  ) => string | undefined;
}

export const FormMetaContext = createContext<FormMeta | null>(null);

/** @returns The enclosing form's ids, labels and wordings; throws outside a SchemaForm (a wiring bug). */
export function useFormMeta(): FormMeta {
  const meta = useContext(FormMetaContext);
  if (meta === null) {
    throw new Error('Form fields need a <SchemaForm> above them.');
  }
  return meta;
}

/**
 * @param formId - The form's id.
 * @param fields - The form's field specs, in the order the fields appear.
 * @returns The form's meta.
 */
export function formMeta(formId: string, fields: Readonly<Record<string, FieldSpec>>): FormMeta {
  const spec = (name: string) => {
    const value = fields[name];
    return typeof value === 'string' ? { label: value, messages: undefined } : value;
  };
  return {
    idFor: (name) => `${formId}-${name.replaceAll('.', '-')}`,
    labelFor: (name) => spec(name)?.label ?? name,
    messageFor: (name, error) => {
      if (error === undefined || typeof error.message !== 'string' || error.message === '') {
        return undefined;
      }
      const own = typeof error.type === 'string' ? spec(name)?.messages?.[error.type] : undefined;
      return own ?? error.message;
    },
  };
}
