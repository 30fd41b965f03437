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

/** A list answer: `{ items, total, nextCursor }` (`nextCursor` is the next offset, or null on the last page). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly nextCursor: string | null;
}

export interface Facility {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  /** Empty when there is none, and for staff who are not the facility's admin. */
  readonly address: string;
  /** Sent back as `If-Match: "<version>"` when editing. */
  readonly version: number;
}

export interface ManagedUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  /** Only the memberships at facilities the admin runs, so always with a facility. */
  readonly roles: readonly { readonly role: Role; readonly facilityId: string }[];
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

/** One consent version, as `GET /api/me/consents` lists it (contracts `ZConsent`). */
export interface Consent {
  readonly id: string;
  readonly consentGroupId: string;
  readonly version: number;
  readonly patientId: string;
  readonly recipientKind: RecipientKind;
  readonly recipientUserId: string | null;
  /** The family member's email, for a `family-user` consent. */
  readonly recipientEmail: string | null;
  readonly recipientName: string | null;
  readonly categories: readonly ConsentCategory[];
  readonly purpose: string;
  readonly expiresAt: string | null;
  readonly expiryEvent: string | null;
  readonly attestation: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  /** Worked out by the server at the time of the request. */
  readonly state: ConsentStatus;
}

export interface Disclosure {
  readonly id: string;
  readonly consentId: string | null;
  readonly recipientKind: RecipientKind;
  readonly recipientUserId: string | null;
  readonly recipientName: string | null;
  readonly categories: readonly ConsentCategory[];
  readonly purpose: string;
  readonly action: string;
  readonly resourceType: string;
  readonly occurredAt: string;
}

/** `GET /api/me/disclosures`: the accounting, with the 42 CFR §2.32 notice the server sends verbatim. */
export interface DisclosureList extends Page<Disclosure> {
  readonly redisclosureNotice: string;
}

export interface AuditEvent {
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly actorUserId: string | null;
  readonly actorRole: string | null;
  readonly actorFacilityId: string | null;
  readonly action: string;
  readonly patientId: string | null;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly outcome: string;
  readonly breakGlass: boolean;
  readonly reason: string | null;
  readonly requestId: string;
  readonly clientIp: string;
}

export interface BreakGlassAccess {
  readonly id: string;
  readonly userId: string;
  readonly patientId: string;
  readonly facilityId: string;
  readonly reason: string;
  readonly startedAt: string;
  readonly expiresAt: string;
  readonly reviewedAt: string | null;
  readonly reviewNote: string | null;
}
