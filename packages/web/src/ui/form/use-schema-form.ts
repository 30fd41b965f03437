import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';

/** A form's schema: a request schema from `@kratom-care/contracts` (or one built from it) over an object. */
export type FormSchema = z.ZodType<FieldValues, FieldValues>;

/** The react-hook-form state of a form validated by `S`: values as typed, submitted as `S` parses them. */
export type SchemaFormState<S extends FormSchema> = UseFormReturn<z.input<S>, unknown, z.output<S>>;

/**
 * A react-hook-form form validated by a zod schema through `zodResolver`: the same schema the
 * server validates the request with, so both sides agree on every rule and message. The submit
 * handler receives the schema's output (trimmed, lower-cased email…), ready to send as the body.
 *
 * Checked on submit, then again on every change of a field that was wrong. Hidden fields drop out of
 * the values (`shouldUnregister`), so a field shown only for one choice is not sent for another.
 *
 * @param schema - The request schema.
 * @param defaultValues - The starting values (empty strings for text, [] for checkbox groups).
 * @returns The form state; pass it to `<SchemaForm form={…}>`.
 */
export function useSchemaForm<S extends FormSchema>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
): SchemaFormState<S> {
  return useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus instead, and links to each field.
    shouldFocusError: false,
    shouldUnregister: true,
  });
}
