export * from './record-envelope.js';
export * from './define-record-type.js';
export * from './assessments.js';
export * from './vitals.js';
export * from './medications.js';
export * from './medication-administrations.js';
export * from './labs.js';
export { RECORD_AUDIT_ACTIONS, RECORD_TYPES } from './registry.js';
