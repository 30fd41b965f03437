/*
 * THE ACCESS MATRIX, WRITTEN BY HAND from the rules in issue 3 §5 and the route contract — never
 * derived from the policy code. One entry per route; per role, the expected status for each object
 * scope, in the order the entry's `scopes` lists them.
 *
 * Seeded world (test/access-world.ts): facilities F1 (Riverbend) and F2 (Aspen). Patient A (F1) is
 * "own": it is the patient's own record, the consented family member's patient, the care-team
 * clinician's patient. Patient B is another patient of F1, patient C belongs to F2. Staff other
 * than clinician-other-facility (F2) work at F1. "own" for facilities, users and break-glass
 * grants means F1's; "other-facility" means F2's. Collection routes have the single scope "none".
 *
 * Statuses: 401 no session; 404 not allowed or not there (identical bodies); 409 conflict.
 */

export const ROLES = [
  'anonymous',
  'patient',
  'family-with-consent',
  'family-without-consent',
  'clinician-on-care-team',
  'clinician-same-facility-not-on-team',
  'clinician-other-facility',
  'admissions',
  'admin',
  'privacy-officer',
] as const;
export type MatrixRole = (typeof ROLES)[number];

export type Scope = 'own' | 'same-facility' | 'other-facility' | 'nonexistent' | 'none';

export interface MatrixEntry {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify's path pattern. */
  readonly path: string;
  readonly scopes: readonly Scope[];
  /** True for routes that touch patient data: every answered request (not 401) writes one audit row. */
  readonly audited: boolean;
  /** Role → statuses, space-separated, one per scope. */
  readonly expect: Readonly<Record<MatrixRole, string>>;
}

const PATIENT_SCOPES: readonly Scope[] = ['own', 'same-facility', 'other-facility', 'nonexistent'];
const ORG_SCOPES: readonly Scope[] = ['own', 'other-facility', 'nonexistent'];
const NONE: readonly Scope[] = ['none'];

export const ACCESS_MATRIX: readonly MatrixEntry[] = [
  // ── patients ──────────────────────────────────────────────────────────────────────────────
  {
    method: 'GET', path: '/api/patients', scopes: NONE, audited: true,
    expect: {
      anonymous: '401', patient: '200', 'family-with-consent': '200', 'family-without-consent': '200',
      'clinician-on-care-team': '200', 'clinician-same-facility-not-on-team': '200', 'clinician-other-facility': '200',
      admissions: '200', admin: '200', 'privacy-officer': '200',
    },
  },
  {
    method: 'POST', path: '/api/patients', scopes: NONE, audited: true,
    expect: {
      anonymous: '401', patient: '404', 'family-with-consent': '404', 'family-without-consent': '404',
      'clinician-on-care-team': '201', 'clinician-same-facility-not-on-team': '201', 'clinician-other-facility': '404',
      admissions: '201', admin: '404', 'privacy-officer': '404',
    },
  },
  {
    method: 'GET', path: '/api/patients/:id', scopes: PATIENT_SCOPES, audited: true,
    expect: {
      anonymous: '401 401 401 401', patient: '200 404 404 404',
      'family-with-consent': '404 404 404 404', 'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404', 'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404', admissions: '200 200 404 404',
      admin: '404 404 404 404', 'privacy-officer': '404 404 404 404',
    },
  },
  {
    method: 'PATCH', path: '/api/patients/:id', scopes: PATIENT_SCOPES, audited: true,
    expect: {
      anonymous: '401 401 401 401', patient: '404 404 404 404',
      'family-with-consent': '404 404 404 404', 'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404', 'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404', admissions: '200 200 404 404',
      admin: '404 404 404 404', 'privacy-officer': '404 404 404 404',
    },
  },
  {
    method: 'POST', path: '/api/patients/:id/invitation', scopes: PATIENT_SCOPES, audited: true,
    expect: {
      anonymous: '401 401 401 401', patient: '404 404 404 404',
      'family-with-consent': '404 404 404 404', 'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404', 'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404', admissions: '404 404 404 404',
      admin: '404 404 404 404', 'privacy-officer': '404 404 404 404',
    },
  },
  {
    // Target: clinician-same-facility-not-on-team, a clinician of F1.
    method: 'PUT', path: '/api/patients/:id/care-team/:userId', scopes: PATIENT_SCOPES, audited: true,
    expect: {
      anonymous: '401 401 401 401', patient: '404 404 404 404',
      'family-with-consent': '404 404 404 404', 'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404', 'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404', admissions: '404 404 404 404',
      admin: '200 200 404 404', 'privacy-officer': '404 404 404 404',
    },
  },
  {
    // Target: clinician-on-care-team (on A's team only).
    method: 'DELETE', path: '/api/patients/:id/care-team/:userId', scopes: PATIENT_SCOPES, audited: true,
    expect: {
      anonymous: '401 401 401 401', patient: '404 404 404 404',
      'family-with-consent': '404 404 404 404', 'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404', 'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404', admissions: '404 404 404 404',
      admin: '200 404 404 404', 'privacy-officer': '404 404 404 404',
    },
  },
  {
    method: 'POST', path: '/api/patients/:id/break-glass', scopes: PATIENT_SCOPES, audited: true,
    expect: {
      anonymous: '401 401 401 401', patient: '404 404 404 404',
      'family-with-consent': '404 404 404 404', 'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '409 201 404 404', 'clinician-same-facility-not-on-team': '201 201 404 404',
      'clinician-other-facility': '404 404 201 404', admissions: '404 404 404 404',
      admin: '404 404 404 404', 'privacy-officer': '404 404 404 404',
    },
  },
  {
    method: 'POST', path: '/api/patients/:id/assessments', scopes: PATIENT_SCOPES, audited: true,
    expect: {
      anonymous: '401 401 401 401', patient: '404 404 404 404',
      'family-with-consent': '404 404 404 404', 'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '201 404 404 404', 'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404', admissions: '404 404 404 404',
      admin: '404 404 404 404', 'privacy-officer': '404 404 404 404',
    },
  },
  {
    method: 'GET', path: '/api/patients/:id/assessments', scopes: PATIENT_SCOPES, audited: true,
    expect: {
      anonymous: '401 401 401 401', patient: '200 404 404 404',
      'family-with-consent': '200 404 404 404', 'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404', 'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404', admissions: '404 404 404 404',
      admin: '404 404 404 404', 'privacy-officer': '404 404 404 404',
    },
  },
  {
    method: 'GET', path: '/api/patients/:id/consents', scopes: PATIENT_SCOPES, audited: true,
    expect: {
      anonymous: '401 401 401 401', patient: '404 404 404 404',
      'family-with-consent': '404 404 404 404', 'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404', 'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404', admissions: '404 404 404 404',
      admin: '404 404 404 404', 'privacy-officer': '200 200 404 404',
    },
  },
  // ── me (consent, disclosures) ─────────────────────────────────────────────────────────────
  {
    method: 'GET', path: '/api/me/consents', scopes: NONE, audited: true,
    expect: {
      anonymous: '401', patient: '200', 'family-with-consent': '404', 'family-without-consent': '404',
      'clinician-on-care-team': '404', 'clinician-same-facility-not-on-team': '404', 'clinician-other-facility': '404',
      admissions: '404', admin: '404', 'privacy-officer': '404',
    },
  },
  {
    method: 'POST', path: '/api/me/consents', scopes: NONE, audited: true,
    expect: {
      anonymous: '401', patient: '201', 'family-with-consent': '404', 'family-without-consent': '404',
      'clinician-on-care-team': '404', 'clinician-same-facility-not-on-team': '404', 'clinician-other-facility': '404',
      admissions: '404', admin: '404', 'privacy-officer': '404',
    },
  },
  {
    // own: A's consent to the family member; same-facility: B's; other-facility: C's.
    method: 'POST', path: '/api/me/consents/:id/revoke', scopes: PATIENT_SCOPES, audited: true,
    expect: {
      anonymous: '401 401 401 401', patient: '200 404 404 404',
      'family-with-consent': '404 404 404 404', 'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '404 404 404 404', 'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404', admissions: '404 404 404 404',
      admin: '404 404 404 404', 'privacy-officer': '404 404 404 404',
    },
  },
  {
    method: 'GET', path: '/api/me/disclosures', scopes: NONE, audited: true,
    expect: {
      anonymous: '401', patient: '200', 'family-with-consent': '404', 'family-without-consent': '404',
      'clinician-on-care-team': '404', 'clinician-same-facility-not-on-team': '404', 'clinician-other-facility': '404',
      admissions: '404', admin: '404', 'privacy-officer': '404',
    },
  },
  {
    method: 'GET', path: '/api/me/patient', scopes: NONE, audited: true,
    expect: {
      anonymous: '401', patient: '200', 'family-with-consent': '200', 'family-without-consent': '200',
      'clinician-on-care-team': '404', 'clinician-same-facility-not-on-team': '404', 'clinician-other-facility': '404',
      admissions: '404', admin: '404', 'privacy-officer': '404',
    },
  },
  // ── facilities and users (admin) ──────────────────────────────────────────────────────────
  {
    method: 'GET', path: '/api/facilities', scopes: NONE, audited: false,
    expect: {
      anonymous: '401', patient: '404', 'family-with-consent': '404', 'family-without-consent': '404',
      'clinician-on-care-team': '200', 'clinician-same-facility-not-on-team': '200', 'clinician-other-facility': '200',
      admissions: '200', admin: '200', 'privacy-officer': '200',
    },
  },
  {
    method: 'POST', path: '/api/facilities', scopes: NONE, audited: false,
    expect: {
      anonymous: '401', patient: '404', 'family-with-consent': '404', 'family-without-consent': '404',
      'clinician-on-care-team': '404', 'clinician-same-facility-not-on-team': '404', 'clinician-other-facility': '404',
      admissions: '404', admin: '201', 'privacy-officer': '404',
    },
  },
  {
    method: 'PATCH', path: '/api/facilities/:id', scopes: ORG_SCOPES, audited: false,
    expect: {
      anonymous: '401 401 401', patient: '404 404 404', 'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404', 'clinician-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404', 'clinician-other-facility': '404 404 404',
      admissions: '404 404 404', admin: '200 404 404', 'privacy-officer': '404 404 404',
    },
  },
  {
    method: 'GET', path: '/api/admin/users', scopes: NONE, audited: false,
    expect: {
      anonymous: '401', patient: '404', 'family-with-consent': '404', 'family-without-consent': '404',
      'clinician-on-care-team': '404', 'clinician-same-facility-not-on-team': '404', 'clinician-other-facility': '404',
      admissions: '404', admin: '200', 'privacy-officer': '404',
    },
  },
  {
    method: 'POST', path: '/api/admin/users', scopes: NONE, audited: false,
    expect: {
      anonymous: '401', patient: '404', 'family-with-consent': '404', 'family-without-consent': '404',
      'clinician-on-care-team': '404', 'clinician-same-facility-not-on-team': '404', 'clinician-other-facility': '404',
      admissions: '404', admin: '201', 'privacy-officer': '404',
    },
  },
  {
    // own: a clinician of F1; other-facility: the clinician of F2.
    method: 'PATCH', path: '/api/admin/users/:id', scopes: ORG_SCOPES, audited: false,
    expect: {
      anonymous: '401 401 401', patient: '404 404 404', 'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404', 'clinician-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404', 'clinician-other-facility': '404 404 404',
      admissions: '404 404 404', admin: '200 404 404', 'privacy-officer': '404 404 404',
    },
  },
  {
    method: 'POST', path: '/api/admin/users/:id/invitation', scopes: ORG_SCOPES, audited: false,
    expect: {
      anonymous: '401 401 401', patient: '404 404 404', 'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404', 'clinician-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404', 'clinician-other-facility': '404 404 404',
      admissions: '404 404 404', admin: '200 404 404', 'privacy-officer': '404 404 404',
    },
  },
  // ── audit (privacy officer) ───────────────────────────────────────────────────────────────
  {
    method: 'GET', path: '/api/audit', scopes: NONE, audited: false,
    expect: {
      anonymous: '401', patient: '404', 'family-with-consent': '404', 'family-without-consent': '404',
      'clinician-on-care-team': '404', 'clinician-same-facility-not-on-team': '404', 'clinician-other-facility': '404',
      admissions: '404', admin: '404', 'privacy-officer': '200',
    },
  },
  {
    method: 'GET', path: '/api/audit/break-glass', scopes: NONE, audited: false,
    expect: {
      anonymous: '401', patient: '404', 'family-with-consent': '404', 'family-without-consent': '404',
      'clinician-on-care-team': '404', 'clinician-same-facility-not-on-team': '404', 'clinician-other-facility': '404',
      admissions: '404', admin: '404', 'privacy-officer': '200',
    },
  },
  {
    method: 'POST', path: '/api/audit/break-glass/:id/review', scopes: ORG_SCOPES, audited: false,
    expect: {
      anonymous: '401 401 401', patient: '404 404 404', 'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404', 'clinician-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404', 'clinician-other-facility': '404 404 404',
      admissions: '404 404 404', admin: '404 404 404', 'privacy-officer': '200 404 404',
    },
  },
];

/**
 * Routes registered by others and covered by their own suites (identity, public instruments).
 * Listed by hand so that any NEW route still fails the matrix test until it gets rows here or above.
 */
export const COVERED_ELSEWHERE: readonly string[] = [
  'GET /api/health',
  'GET /api/instruments',
  'GET /api/instruments/:id',
  'POST /api/instruments/:id/score',
  'POST /api/instruments/cows/score',
  'POST /api/instruments/sows/score',
  'POST /api/instruments/phq9/score',
  'POST /api/instruments/gad7/score',
  'POST /api/instruments/dsm5-kud/score',
  'GET /api/openapi.json',
  'POST /api/auth/sign-up',
  'POST /api/auth/sign-in',
  'POST /api/auth/two-factor/challenge',
  'POST /api/auth/sign-out',
  'GET /api/auth/session',
  'POST /api/auth/password-reset/request',
  'POST /api/auth/password-reset/confirm',
  'POST /api/auth/invitations/accept',
  'POST /api/auth/two-factor/enroll',
  'POST /api/auth/two-factor/verify',
  'GET /api/setup',
  'POST /api/setup',
];
