import { ASSESSMENTS } from './assessments.js';
import type { AnyRecordType } from './define-record-type.js';
import { VITALS } from './vitals.js';

/**
 * Every patient record type. Adding a type is one line here: its routes, OpenAPI entries, audit
 * and disclosure rows and access-matrix cells follow from the declaration.
 */
export const RECORD_TYPES: readonly AnyRecordType[] = [
  ASSESSMENTS as unknown as AnyRecordType,
  VITALS as unknown as AnyRecordType,
];

/** Every audit action the record routes write (for the audit search's list of known actions). */
export const RECORD_AUDIT_ACTIONS: readonly string[] = RECORD_TYPES.flatMap((type) =>
  type.versioning === 'editable'
    ? Object.values(type.audit)
    : Object.values(type.audit).filter((action) => action !== type.audit.update),
);
