/**
 * The closed sets of values the store accepts. The database enforces the same lists with CHECK
 * constraints (frozen copies in migration 0003), so a bad value fails at the insert, not later.
 */

/** A user's role within one facility. Staff are every role except `patient` and `family`. */
export const MEMBERSHIP_ROLES = ['patient', 'family', 'clinician', 'admissions', 'admin', 'privacy-officer'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Who a consent lets receive records (42 CFR §2.31 "to whom"). */
export const RECIPIENT_KINDS = ['family-user', 'external-provider', 'treating-providers'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** The kinds of record a consent can cover; `all` covers every kind. */
export const CONSENT_CATEGORIES = [
  'assessments',
  'medications',
  'labs',
  'journal',
  'contingency-management',
  'notes',
  'vitals',
  'all',
] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

/** What left the program in a disclosure. */
export const DISCLOSURE_ACTIONS = ['family-read', 'export', 'share', 'fhir-read'] as const;
export type DisclosureAction = (typeof DISCLOSURE_ACTIONS)[number];

/** How an audited request ended. `not-found` covers both missing and hidden records. */
export const AUDIT_OUTCOMES = ['allowed', 'denied', 'not-found', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
