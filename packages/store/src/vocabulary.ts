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

/** The kinds of record a consent can cover; `all` covers every kind except {@link CATEGORIES_OUTSIDE_ALL}. */
export const CONSENT_CATEGORIES = [
  'assessments',
  'medications',
  'labs',
  'journal',
  'contingency-management',
  'notes',
  'vitals',
  'all',
  'counselling-notes',
] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

/**
 * Categories a consent to `all` does not cover: only a consent naming them does. SUD counselling
 * notes need their own consent (42 CFR §2.31, 2024 rule; docs/decisions/0025-plan-versions-and-notes.md).
 */
export const CATEGORIES_OUTSIDE_ALL: readonly ConsentCategory[] = ['counselling-notes'];

/**
 * Whether a consent's categories cover one category: it names it, or it names `all` and the category
 * is not one `all` leaves out. The one reading of coverage (the policy's facts and the list scope's SQL).
 *
 * @param categories - The consent's categories.
 * @param category - The category asked for.
 * @returns True when covered.
 * @example consentCovers(['all'], 'counselling-notes') // => false
 */
export function consentCovers(categories: readonly ConsentCategory[], category: ConsentCategory): boolean {
  return categories.includes(category) || (categories.includes('all') && !CATEGORIES_OUTSIDE_ALL.includes(category));
}

/** What left the program in a disclosure. */
export const DISCLOSURE_ACTIONS = ['family-read', 'export', 'share', 'fhir-read'] as const;
export type DisclosureAction = (typeof DISCLOSURE_ACTIONS)[number];

/** How an audited request ended. `not-found` covers both missing and hidden records. */
export const AUDIT_OUTCOMES = ['allowed', 'denied', 'not-found', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
