import { ASSESSMENTS } from './assessments.js';
import { COUNSELLING_NOTES } from './counselling-notes.js';
import type { AnyRecordType } from './define-record-type.js';
import { DIAGNOSIS_DECISIONS } from './diagnosis-decisions.js';
import { INTAKE } from './intake.js';
import { LABS } from './labs.js';
import { LIVER_FINDINGS } from './liver-findings.js';
import { MEDICATION_ADMINISTRATIONS } from './medication-administrations.js';
import { MEDICATIONS } from './medications.js';
import { NALTREXONE_OVERRIDES } from './naltrexone-overrides.js';
import { NOTE_ADDENDA } from './notes-addenda.js';
import { NOTES } from './notes.js';
import { VITALS } from './vitals.js';

/**
 * Every patient record type. Adding a type is one line here: its routes, OpenAPI entries, audit
 * and disclosure rows and access-matrix cells follow from the declaration.
 */
export const RECORD_TYPES: readonly AnyRecordType[] = [
  ASSESSMENTS,
  VITALS,
  LABS,
  MEDICATIONS,
  MEDICATION_ADMINISTRATIONS,
  INTAKE,
  DIAGNOSIS_DECISIONS,
  NALTREXONE_OVERRIDES,
  LIVER_FINDINGS,
  NOTES,
  NOTE_ADDENDA,
  COUNSELLING_NOTES,
];

/** Every audit action the record routes write (for the audit search's list of known actions). */
export const RECORD_AUDIT_ACTIONS: readonly string[] = RECORD_TYPES.flatMap(({ audit, versioning }) => [
  audit.list,
  audit.read,
  audit.create,
  ...(versioning === 'editable' ? [audit.update] : []),
  audit.enteredInError,
]);
