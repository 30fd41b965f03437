/*
 * The shapes the UI reads. Auth shapes mirror `@kratom-care/contracts` (auth.ts); the web package
 * does not import contracts at runtime so zod stays out of the browser bundle.
 */

export const ROLES = ['patient', 'family', 'clinician', 'admissions', 'admin', 'privacy-officer'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES: readonly Role[] = ['clinician', 'admissions', 'admin', 'privacy-officer'];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export interface Membership {
  readonly role: Role;
  readonly facilityId: string | null;
}

export interface SessionView {
  readonly user: { readonly id: string; readonly email: string; readonly name: string };
  readonly roles: readonly Membership[];
  readonly isStaff: boolean;
  readonly secondFactorEnabled: boolean;
  readonly secondFactorRequired: boolean;
  readonly idleTimeoutMinutes: number;
  readonly expiresAt: string;
}

export type SignInResponse =
  { readonly twoFactorRequired: true } | { readonly twoFactorRequired: false; readonly session: SessionView };

export interface TwoFactorEnrollResponse {
  readonly totpUri: string;
  readonly recoveryCodes: readonly string[];
}

/** A list answer: `{ items, total, nextCursor }`. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly nextCursor?: string | null;
}

export interface Facility {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly address?: string;
  readonly version?: number;
}

export interface ManagedUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Membership[];
  readonly disabled: boolean;
}

export const RECIPIENT_KINDS = ['family-user', 'external-provider', 'treating-providers'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const CONSENT_CATEGORIES = [
  'assessments',
  'medications',
  'labs',
  'journal',
  'contingency-management',
  'notes',
  'all',
] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

export type ConsentStatus = 'active' | 'revoked' | 'superseded' | 'expired';

export interface Consent {
  readonly id: string;
  readonly version: number;
  readonly recipientKind: RecipientKind;
  readonly recipientEmail?: string | null;
  readonly recipientName: string | null;
  readonly categories: readonly ConsentCategory[];
  readonly purpose: string;
  readonly expiresAt: string | null;
  readonly expiryEvent: string | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly supersededBy?: string | null;
  /** Given by the server when it computes it; otherwise the UI works it out. */
  readonly status?: ConsentStatus;
}

export interface Disclosure {
  readonly id: string;
  readonly consentId: string | null;
  readonly recipientKind: RecipientKind;
  readonly recipientName: string | null;
  readonly categories: readonly ConsentCategory[];
  readonly purpose: string;
  readonly action: string;
  readonly occurredAt: string;
}

export interface AuditEvent {
  readonly id: string;
  readonly at: string;
  readonly actorUserId: string | null;
  readonly actorRole: string | null;
  readonly action: string;
  readonly patientId: string | null;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly outcome: string;
  readonly breakGlass: boolean;
}

export interface BreakGlassAccess {
  readonly id: string;
  readonly userId: string;
  readonly patientId: string;
  readonly reason: string;
  readonly startedAt: string;
  readonly expiresAt: string;
}
