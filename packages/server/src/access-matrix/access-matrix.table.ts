/*
 * THE ACCESS MATRIX, WRITTEN BY HAND from the rules in issue 3 §5 and the route contract — never
 * derived from the policy code. One entry per route; per role, the expected status for each object
 * scope, in the order the entry's `scopes` lists them.
 *
 * Seeded world (test/access-world.ts): facilities F1 (Riverbend) and F2 (Aspen). Patient A (F1) is
 * "own": it is the patient's own record, the consented family member's patient, the care-team
 * clinician's patient. clinician-colleague-on-care-team is a second clinician of F1 on A's care
 * team: everywhere the care-team clinician's equal, except that every seeded record was recorded
 * by the care-team clinician, so the colleague does not see A's counselling notes (decision 0035).
 * Patient B is another patient of F1, patient C belongs to F2. Staff other
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
  'clinician-colleague-on-care-team',
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
  /**
   * Audit rows an answered 2xx writes, when not one: converting a call-back request writes the
   * patient's `patient.create` row and the request's `inquiry.convert` row.
   */
  readonly auditRows?: number;
  /** Role → statuses, space-separated, one per scope. */
  readonly expect: Readonly<Record<MatrixRole, string>>;
}

const PATIENT_SCOPES: readonly Scope[] = ['own', 'same-facility', 'other-facility', 'nonexistent'];
const ORG_SCOPES: readonly Scope[] = ['own', 'other-facility', 'nonexistent'];
const NONE: readonly Scope[] = ['none'];

/*
 * The expectation of the patient routes that only clinicians with access may use (ten rows): the
 * care-team clinician is answered on their own patient, everyone else signed in, and every other
 * scope, gets the 404. Spelled out per role like every other row; a route whose rule differs in
 * any cell gets its own block.
 */
/** Clinicians with access only, on PATIENT_SCOPES, for a read (200). */
const CLINICIAN_WITH_ACCESS_ONLY_200: MatrixEntry['expect'] = {
  anonymous: '401 401 401 401',
  patient: '404 404 404 404',
  'family-with-consent': '404 404 404 404',
  'family-without-consent': '404 404 404 404',
  'clinician-on-care-team': '200 404 404 404',
  'clinician-colleague-on-care-team': '200 404 404 404',
  'clinician-same-facility-not-on-team': '404 404 404 404',
  'clinician-other-facility': '404 404 404 404',
  admissions: '404 404 404 404',
  admin: '404 404 404 404',
  'privacy-officer': '404 404 404 404',
};
/** Clinicians with access only, on PATIENT_SCOPES, for a create (201). */
const CLINICIAN_WITH_ACCESS_ONLY_201: MatrixEntry['expect'] = {
  anonymous: '401 401 401 401',
  patient: '404 404 404 404',
  'family-with-consent': '404 404 404 404',
  'family-without-consent': '404 404 404 404',
  'clinician-on-care-team': '201 404 404 404',
  'clinician-colleague-on-care-team': '201 404 404 404',
  'clinician-same-facility-not-on-team': '404 404 404 404',
  'clinician-other-facility': '404 404 404 404',
  admissions: '404 404 404 404',
  admin: '404 404 404 404',
  'privacy-officer': '404 404 404 404',
};

/** The hand-written rows of the routes that are not record types (see record-matrix.table.ts for those). */
export const ACCESS_MATRIX: readonly MatrixEntry[] = [
  // ── patients ──────────────────────────────────────────────────────────────────────────────
  {
    method: 'GET',
    path: '/api/patients',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '200',
      'family-with-consent': '200',
      'family-without-consent': '200',
      'clinician-on-care-team': '200',
      'clinician-colleague-on-care-team': '200',
      'clinician-same-facility-not-on-team': '200',
      'clinician-other-facility': '200',
      admissions: '200',
      admin: '200',
      'privacy-officer': '200',
    },
  },
  {
    method: 'POST',
    path: '/api/patients',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '201',
      'clinician-colleague-on-care-team': '201',
      'clinician-same-facility-not-on-team': '201',
      'clinician-other-facility': '404',
      admissions: '201',
      admin: '404',
      'privacy-officer': '404',
    },
  },
  {
    method: 'GET',
    path: '/api/patients/:id',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401 401',
      patient: '200 404 404 404',
      'family-with-consent': '404 404 404 404',
      'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404',
      'clinician-colleague-on-care-team': '200 404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404',
      admissions: '200 200 404 404',
      admin: '404 404 404 404',
      'privacy-officer': '404 404 404 404',
    },
  },
  {
    method: 'PATCH',
    path: '/api/patients/:id',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401 401',
      patient: '404 404 404 404',
      'family-with-consent': '404 404 404 404',
      'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404',
      'clinician-colleague-on-care-team': '200 404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404',
      admissions: '200 200 404 404',
      admin: '404 404 404 404',
      'privacy-officer': '404 404 404 404',
    },
  },
  {
    method: 'POST',
    path: '/api/patients/:id/invitation',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: CLINICIAN_WITH_ACCESS_ONLY_200,
  },
  {
    // Target: clinician-same-facility-not-on-team, a clinician of F1.
    method: 'PUT',
    path: '/api/patients/:id/care-team/:userId',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401 401',
      patient: '404 404 404 404',
      'family-with-consent': '404 404 404 404',
      'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404',
      'clinician-colleague-on-care-team': '200 404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404',
      admissions: '404 404 404 404',
      admin: '200 200 404 404',
      'privacy-officer': '404 404 404 404',
    },
  },
  {
    // Target: clinician-on-care-team (on A's team only).
    method: 'DELETE',
    path: '/api/patients/:id/care-team/:userId',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401 401',
      patient: '404 404 404 404',
      'family-with-consent': '404 404 404 404',
      'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404',
      'clinician-colleague-on-care-team': '200 404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404',
      admissions: '404 404 404 404',
      admin: '200 404 404 404',
      'privacy-officer': '404 404 404 404',
    },
  },
  {
    method: 'POST',
    path: '/api/patients/:id/break-glass',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401 401',
      patient: '404 404 404 404',
      'family-with-consent': '404 404 404 404',
      'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '409 201 404 404',
      'clinician-colleague-on-care-team': '409 201 404 404',
      'clinician-same-facility-not-on-team': '201 201 404 404',
      'clinician-other-facility': '404 404 201 404',
      admissions: '404 404 404 404',
      admin: '404 404 404 404',
      'privacy-officer': '404 404 404 404',
    },
  },
  {
    method: 'GET',
    path: '/api/patients/:id/consents',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401 401',
      patient: '404 404 404 404',
      'family-with-consent': '404 404 404 404',
      'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404',
      'clinician-colleague-on-care-team': '200 404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404',
      admissions: '404 404 404 404',
      admin: '404 404 404 404',
      'privacy-officer': '200 200 404 404',
    },
  },
  {
    // Medication decision support: clinicians with access only (it speaks of doses; no dosing text
    // goes to patients or family).
    method: 'GET',
    path: '/api/patients/:id/decision-support',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: CLINICIAN_WITH_ACCESS_ONLY_200,
  },
  {
    // One patient's stored monitoring summary (the Withdrawal tab's next score due, decision 0036):
    // clinicians with access only, like the board.
    method: 'GET',
    path: '/api/patients/:id/monitoring',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: CLINICIAN_WITH_ACCESS_ONLY_200,
  },
  {
    // Problem list and suggested ICD-10-CM code: clinicians with access only (a suggestion for
    // clinician review, not a diagnosis shown to patients or family; decision 0023).
    method: 'GET',
    path: '/api/patients/:id/problem-list',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: CLINICIAN_WITH_ACCESS_ONLY_200,
  },
  {
    // The liver assessment: the labs' readers. The seeded family consent does not cover `labs`.
    method: 'GET',
    path: '/api/patients/:id/liver',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401 401',
      patient: '200 404 404 404',
      'family-with-consent': '404 404 404 404',
      'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404',
      'clinician-colleague-on-care-team': '200 404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404',
      admissions: '404 404 404 404',
      admin: '404 404 404 404',
      'privacy-officer': '404 404 404 404',
    },
  },
  {
    // The hand-off summary, the care team's own copy (issue 10 §9, decision 0028): clinicians with access only.
    method: 'GET',
    path: '/api/patients/:id/summary',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: CLINICIAN_WITH_ACCESS_ONLY_200,
  },
  {
    // Sending the summary to an outside provider: clinicians with access, under a consent in force
    // naming that provider (patient A's seeded CONSENT_A_EXTERNAL names Dr. Example Outside).
    method: 'POST',
    path: '/api/patients/:id/summary/disclosures',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: CLINICIAN_WITH_ACCESS_ONLY_201,
  },
  {
    // Care intensity (issue 10 §6): the suggestion and the decision, clinicians with access only.
    method: 'GET',
    path: '/api/patients/:id/care-intensity',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: CLINICIAN_WITH_ACCESS_ONLY_200,
  },
  {
    // The clinician's decision (the seeded patient has no KUD checklist: an override with a rationale).
    method: 'POST',
    path: '/api/patients/:id/care-intensity',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: CLINICIAN_WITH_ACCESS_ONLY_201,
  },
  {
    // The treatment plan (issue 10 §7): clinicians with access.
    method: 'GET',
    path: '/api/patients/:id/plan',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: CLINICIAN_WITH_ACCESS_ONLY_200,
  },
  {
    // A new revision of the plan; the first save (patient A has none yet) names no revision.
    method: 'POST',
    path: '/api/patients/:id/plan',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: CLINICIAN_WITH_ACCESS_ONLY_201,
  },
  {
    // Every revision of the plan: clinicians with access.
    method: 'GET',
    path: '/api/patients/:id/plan/versions',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: CLINICIAN_WITH_ACCESS_ONLY_200,
  },
  {
    // The patient's view of the plan: the patient and their clinicians; not family, not admissions.
    method: 'GET',
    path: '/api/patients/:id/plan/patient-view',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401 401',
      patient: '200 404 404 404',
      'family-with-consent': '404 404 404 404',
      'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404',
      'clinician-colleague-on-care-team': '200 404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404',
      admissions: '404 404 404 404',
      admin: '404 404 404 404',
      'privacy-officer': '404 404 404 404',
    },
  },
  // ── me (consent, disclosures) ─────────────────────────────────────────────────────────────
  {
    method: 'GET',
    path: '/api/me/consents',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '200',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '404',
      admin: '404',
      'privacy-officer': '404',
    },
  },
  {
    method: 'POST',
    path: '/api/me/consents',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '201',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '404',
      admin: '404',
      'privacy-officer': '404',
    },
  },
  {
    // own: A's consent to the family member; same-facility: B's; other-facility: C's.
    method: 'POST',
    path: '/api/me/consents/:id/revoke',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401 401',
      patient: '200 404 404 404',
      'family-with-consent': '404 404 404 404',
      'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '404 404 404 404',
      'clinician-colleague-on-care-team': '404 404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404',
      admissions: '404 404 404 404',
      admin: '404 404 404 404',
      'privacy-officer': '404 404 404 404',
    },
  },
  {
    method: 'GET',
    path: '/api/me/disclosures',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '200',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '404',
      admin: '404',
      'privacy-officer': '404',
    },
  },
  {
    method: 'GET',
    path: '/api/me/patient',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '200',
      'family-with-consent': '200',
      'family-without-consent': '200',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '404',
      admin: '404',
      'privacy-officer': '404',
    },
  },
  // ── facilities and users (admin) ──────────────────────────────────────────────────────────
  {
    method: 'GET',
    path: '/api/facilities',
    scopes: NONE,
    audited: false,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '200',
      'clinician-colleague-on-care-team': '200',
      'clinician-same-facility-not-on-team': '200',
      'clinician-other-facility': '200',
      admissions: '200',
      admin: '200',
      'privacy-officer': '200',
    },
  },
  {
    method: 'POST',
    path: '/api/facilities',
    scopes: NONE,
    audited: false,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '404',
      admin: '201',
      'privacy-officer': '404',
    },
  },
  {
    method: 'PATCH',
    path: '/api/facilities/:id',
    scopes: ORG_SCOPES,
    audited: false,
    expect: {
      anonymous: '401 401 401',
      patient: '404 404 404',
      'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404',
      'clinician-on-care-team': '404 404 404',
      'clinician-colleague-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404',
      'clinician-other-facility': '404 404 404',
      admissions: '404 404 404',
      admin: '200 404 404',
      'privacy-officer': '404 404 404',
    },
  },
  // The care network's import and demo-network removal (issue 11 §1): admins only; every answered call
  // writes one row (network.import / network.demo.remove), a refusal as denied.
  {
    method: 'POST',
    path: '/api/facilities/import',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '404',
      admin: '200',
      'privacy-officer': '404',
    },
  },
  {
    method: 'DELETE',
    path: '/api/facilities/demo',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '404',
      admin: '200',
      'privacy-officer': '404',
    },
  },
  // The admin's page shows F1's patient account, so it writes a row; a page of staff only does not
  // (routes/admin/admin-audit.test.ts).
  {
    method: 'GET',
    path: '/api/admin/users',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '404',
      admin: '200',
      'privacy-officer': '404',
    },
  },
  {
    method: 'POST',
    path: '/api/admin/users',
    scopes: NONE,
    audited: false,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '404',
      admin: '201',
      'privacy-officer': '404',
    },
  },
  {
    // own: a clinician of F1; other-facility: the clinician of F2.
    method: 'PATCH',
    path: '/api/admin/users/:id',
    scopes: ORG_SCOPES,
    audited: false,
    expect: {
      anonymous: '401 401 401',
      patient: '404 404 404',
      'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404',
      'clinician-on-care-team': '404 404 404',
      'clinician-colleague-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404',
      'clinician-other-facility': '404 404 404',
      admissions: '404 404 404',
      admin: '200 404 404',
      'privacy-officer': '404 404 404',
    },
  },
  {
    method: 'POST',
    path: '/api/admin/users/:id/invitation',
    scopes: ORG_SCOPES,
    audited: false,
    expect: {
      anonymous: '401 401 401',
      patient: '404 404 404',
      'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404',
      'clinician-on-care-team': '404 404 404',
      'clinician-colleague-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404',
      'clinician-other-facility': '404 404 404',
      admissions: '404 404 404',
      admin: '200 404 404',
      'privacy-officer': '404 404 404',
    },
  },
  // ── audit (privacy officer) ───────────────────────────────────────────────────────────────
  {
    method: 'GET',
    path: '/api/audit',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '404',
      admin: '404',
      'privacy-officer': '200',
    },
  },
  {
    method: 'GET',
    path: '/api/audit/break-glass',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '404',
      admin: '404',
      'privacy-officer': '200',
    },
  },
  {
    method: 'POST',
    path: '/api/audit/break-glass/:id/review',
    scopes: ORG_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401',
      patient: '404 404 404',
      'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404',
      'clinician-on-care-team': '404 404 404',
      'clinician-colleague-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404',
      'clinician-other-facility': '404 404 404',
      admissions: '404 404 404',
      admin: '404 404 404',
      'privacy-officer': '200 404 404',
    },
  },
  // ── workspace lists (issue 7 §5) ──────────────────────────────────────────────────────────
  // The care team reads like the patient: self, the care team, admissions of the facility.
  {
    method: 'GET',
    path: '/api/patients/:id/care-team',
    scopes: PATIENT_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401 401',
      patient: '200 404 404 404',
      'family-with-consent': '404 404 404 404',
      'family-without-consent': '404 404 404 404',
      'clinician-on-care-team': '200 404 404 404',
      'clinician-colleague-on-care-team': '200 404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404 404',
      'clinician-other-facility': '404 404 404 404',
      admissions: '200 200 404 404',
      admin: '404 404 404 404',
      'privacy-officer': '404 404 404 404',
    },
  },
  // Only the admin of the user's facility; the seeded staff never chose a password, so "own" is
  // still invited and the cancellation succeeds.
  {
    method: 'DELETE',
    path: '/api/admin/users/:id/invitation',
    scopes: ORG_SCOPES,
    audited: false,
    expect: {
      anonymous: '401 401 401',
      patient: '404 404 404',
      'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404',
      'clinician-on-care-team': '404 404 404',
      'clinician-colleague-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404',
      'clinician-other-facility': '404 404 404',
      admissions: '404 404 404',
      admin: '200 404 404',
      'privacy-officer': '404 404 404',
    },
  },
  // A facility's clinicians, for staff of that facility (F1's staff on "own", the F2 clinician on
  // "other-facility"); patients and family members have no staff role anywhere.
  {
    method: 'GET',
    path: '/api/facilities/:id/clinicians',
    scopes: ORG_SCOPES,
    audited: false,
    expect: {
      anonymous: '401 401 401',
      patient: '404 404 404',
      'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404',
      'clinician-on-care-team': '200 404 404',
      'clinician-colleague-on-care-team': '200 404 404',
      'clinician-same-facility-not-on-team': '200 404 404',
      'clinician-other-facility': '404 200 404',
      admissions: '200 404 404',
      admin: '200 404 404',
      'privacy-officer': '200 404 404',
    },
  },
  // The clinician's dashboard: every clinician has one (their own care team); nobody else does (issue 10 §1).
  {
    method: 'GET',
    path: '/api/dashboard',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '200',
      'clinician-colleague-on-care-team': '200',
      'clinician-same-facility-not-on-team': '200',
      'clinician-other-facility': '200',
      admissions: '404',
      admin: '404',
      'privacy-officer': '404',
    },
  },
  // The withdrawal-monitoring board: a clinician's patients in active withdrawal; nobody else has one.
  {
    method: 'GET',
    path: '/api/monitoring-board',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '200',
      'clinician-colleague-on-care-team': '200',
      'clinician-same-facility-not-on-team': '200',
      'clinician-other-facility': '200',
      admissions: '404',
      admin: '404',
      'privacy-officer': '404',
    },
  },
  // The privacy officer's person picker; nobody else has one.
  {
    method: 'GET',
    path: '/api/audit/people',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '404',
      admin: '404',
      'privacy-officer': '200',
    },
  },
  // ── call-back requests (issue 11) ─────────────────────────────────────────────────────────
  // "own" is F1's request, "other-facility" F2's. Only admissions staff of the request's facility
  // work it; clinicians and admins (of any facility) get the 404 of a request that does not exist.
  // The public form: anyone, signed in or not; the submission is audited without an actor.
  {
    method: 'POST',
    path: '/api/inquiries',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '201',
      patient: '201',
      'family-with-consent': '201',
      'family-without-consent': '201',
      'clinician-on-care-team': '201',
      'clinician-colleague-on-care-team': '201',
      'clinician-same-facility-not-on-team': '201',
      'clinician-other-facility': '201',
      admissions: '201',
      admin: '201',
      'privacy-officer': '201',
    },
  },
  // The admissions queue.
  {
    method: 'GET',
    path: '/api/inquiries',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '200',
      admin: '404',
      'privacy-officer': '404',
    },
  },
  // Manager reports (counts only): admissions staff and admins of the facility.
  {
    method: 'GET',
    path: '/api/inquiries/reports',
    scopes: NONE,
    audited: true,
    expect: {
      anonymous: '401',
      patient: '404',
      'family-with-consent': '404',
      'family-without-consent': '404',
      'clinician-on-care-team': '404',
      'clinician-colleague-on-care-team': '404',
      'clinician-same-facility-not-on-team': '404',
      'clinician-other-facility': '404',
      admissions: '200',
      admin: '200',
      'privacy-officer': '404',
    },
  },
  // A request with its log.
  {
    method: 'GET',
    path: '/api/inquiries/:id',
    scopes: ORG_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401',
      patient: '404 404 404',
      'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404',
      'clinician-on-care-team': '404 404 404',
      'clinician-colleague-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404',
      'clinician-other-facility': '404 404 404',
      admissions: '200 404 404',
      admin: '404 404 404',
      'privacy-officer': '404 404 404',
    },
  },
  // Status, benefits, transport, facility.
  {
    method: 'PATCH',
    path: '/api/inquiries/:id',
    scopes: ORG_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401',
      patient: '404 404 404',
      'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404',
      'clinician-on-care-team': '404 404 404',
      'clinician-colleague-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404',
      'clinician-other-facility': '404 404 404',
      admissions: '200 404 404',
      admin: '404 404 404',
      'privacy-officer': '404 404 404',
    },
  },
  // A call, message or note.
  {
    method: 'POST',
    path: '/api/inquiries/:id/activities',
    scopes: ORG_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401',
      patient: '404 404 404',
      'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404',
      'clinician-on-care-team': '404 404 404',
      'clinician-colleague-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404',
      'clinician-other-facility': '404 404 404',
      admissions: '201 404 404',
      admin: '404 404 404',
      'privacy-officer': '404 404 404',
    },
  },
  // Convert to a patient (through the patients code path).
  {
    method: 'POST',
    path: '/api/inquiries/:id/convert',
    scopes: ORG_SCOPES,
    audited: true,
    auditRows: 2,
    expect: {
      anonymous: '401 401 401',
      patient: '404 404 404',
      'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404',
      'clinician-on-care-team': '404 404 404',
      'clinician-colleague-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404',
      'clinician-other-facility': '404 404 404',
      admissions: '201 404 404',
      admin: '404 404 404',
      'privacy-officer': '404 404 404',
    },
  },
  // Refer out: a disclosure.
  {
    method: 'POST',
    path: '/api/inquiries/:id/referrals',
    scopes: ORG_SCOPES,
    audited: true,
    expect: {
      anonymous: '401 401 401',
      patient: '404 404 404',
      'family-with-consent': '404 404 404',
      'family-without-consent': '404 404 404',
      'clinician-on-care-team': '404 404 404',
      'clinician-colleague-on-care-team': '404 404 404',
      'clinician-same-facility-not-on-team': '404 404 404',
      'clinician-other-facility': '404 404 404',
      admissions: '201 404 404',
      admin: '404 404 404',
      'privacy-officer': '404 404 404',
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
  'POST /api/instruments/sows-kratom-adapted/score',
  'POST /api/instruments/sows-handelsman-1987/score',
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
