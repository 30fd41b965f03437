export { CheckboxesField, RadioField } from './choice-fields';
export type { FieldSpec } from './form-context';
export { RequestError, describeError } from './request-error';
export { SchemaForm, SubmitButton } from './schema-form';
export { SelectField } from './select-field';
export { fieldForPath, splitServerIssues } from './server-issues';
export { TextField } from './text-field';
export { useSchemaForm, type FormSchema, type SchemaFormState } from './use-schema-form';
