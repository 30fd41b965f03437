import { RECORD_TYPES, type AnyRecordType, type TAccessProfileId } from '@kratom-care/contracts';
import { recordPaths } from '../records/record-paths.js';
import type { MatrixEntry, MatrixRole, Scope } from './access-matrix.table.js';

/*
 * THE RECORD-TYPE PART OF THE ACCESS MATRIX, WRITTEN BY HAND per access profile from the rules in
 * issue 3 §5 and issue 7 §1, never derived from the policy code. Each registered record type gets
 * its profile's rows for the routes its declaration produces, so a new type is covered the moment
 * it is registered, and a route the app registers without a row here fails the matrix test.
 *
 * Scopes are patients (see access-matrix.table.ts); an item route names the seeded record of that
 * patient. The family member's consent covers only some categories (FAMILY_CONSENT_CATEGORIES):
 * `familyWithoutCategory` is what they get for a type whose category it does not cover.
 */

/** The categories of the seeded family consent (CONSENT_A in test/access-world.ts seeds exactly these). */
export const FAMILY_CONSENT_CATEGORIES: readonly string[] = ['assessments'];

/** The routes a record type can have. */
export type RecordRouteKind = 'list' | 'get' | 'create' | 'update' | 'entered-in-error';

interface ProfileRow {
  readonly expect: Readonly<Record<MatrixRole, string>>;
  /** The family member's answers when their consent does not cover the type's category. */
  readonly familyWithoutCategory: string;
}

const SCOPES: readonly Scope[] = ['own', 'same-facility', 'other-facility', 'nonexistent'];

/** Only a clinician with access writes: the care-team clinician, for patient A only. */
const CLINICAL_WRITE = (success: string): ProfileRow => ({
  expect: {
    anonymous: '401 401 401 401',
    patient: '404 404 404 404',
    'family-with-consent': '404 404 404 404',
    'family-without-consent': '404 404 404 404',
    'clinician-on-care-team': `${success} 404 404 404`,
    'clinician-colleague-on-care-team': `${success} 404 404 404`,
    'clinician-same-facility-not-on-team': '404 404 404 404',
    'clinician-other-facility': '404 404 404 404',
    admissions: '404 404 404 404',
    admin: '404 404 404 404',
    'privacy-officer': '404 404 404 404',
  },
  familyWithoutCategory: '404 404 404 404',
});

/** The patient, the care-team clinician and the consented family member read patient A's records. */
const CLINICAL_READ: ProfileRow = {
  expect: {
    anonymous: '401 401 401 401',
    patient: '200 404 404 404',
    'family-with-consent': '200 404 404 404',
    'family-without-consent': '404 404 404 404',
    'clinician-on-care-team': '200 404 404 404',
    'clinician-colleague-on-care-team': '200 404 404 404',
    'clinician-same-facility-not-on-team': '404 404 404 404',
    'clinician-other-facility': '404 404 404 404',
    admissions: '404 404 404 404',
    admin: '404 404 404 404',
    'privacy-officer': '404 404 404 404',
  },
  familyWithoutCategory: '404 404 404 404',
};

/**
 * Counselling notes are read by their author on the care team and by a family member whose consent
 * names their category itself; never by the patient through the portal, nor by break-glass
 * (decision 0025). A care-team colleague who did not write the note lists none (200, empty) and
 * gets the 404 for the note itself (decision 0035): the seeded notes are the care-team clinician's.
 */
const COUNSELLING_READ = (colleague: string): ProfileRow => ({
  expect: {
    anonymous: '401 401 401 401',
    patient: '404 404 404 404',
    'family-with-consent': '200 404 404 404',
    'family-without-consent': '404 404 404 404',
    'clinician-on-care-team': '200 404 404 404',
    'clinician-colleague-on-care-team': `${colleague} 404 404 404`,
    'clinician-same-facility-not-on-team': '404 404 404 404',
    'clinician-other-facility': '404 404 404 404',
    admissions: '404 404 404 404',
    admin: '404 404 404 404',
    'privacy-officer': '404 404 404 404',
  },
  familyWithoutCategory: '404 404 404 404',
});

/** The care-team clinician marks their note; the colleague cannot reach it: the same 404 as a missing note. */
const COUNSELLING_MARK: ProfileRow = {
  expect: { ...CLINICAL_WRITE('200').expect, 'clinician-colleague-on-care-team': '404 404 404 404' },
  familyWithoutCategory: '404 404 404 404',
};

/** One hand-written table per access profile: route kind → role → statuses per patient scope. */
export const RECORD_PROFILE_MATRIX: Readonly<Record<TAccessProfileId, Readonly<Record<RecordRouteKind, ProfileRow>>>> =
  {
    clinical: {
      list: CLINICAL_READ,
      get: CLINICAL_READ,
      create: CLINICAL_WRITE('201'),
      update: CLINICAL_WRITE('200'),
      'entered-in-error': CLINICAL_WRITE('200'),
    },
    // The care team writes; the seeded world has no break-glass clinician on patient A.
    counselling: {
      list: COUNSELLING_READ('200'),
      get: COUNSELLING_READ('404'),
      create: CLINICAL_WRITE('201'),
      update: CLINICAL_WRITE('200'),
      'entered-in-error': COUNSELLING_MARK,
    },
  };

function routesOf(type: AnyRecordType): { kind: RecordRouteKind; method: MatrixEntry['method']; path: string }[] {
  const paths = recordPaths(type);
  return [
    { kind: 'list', method: 'GET', path: paths.collection },
    { kind: 'create', method: 'POST', path: paths.collection },
    { kind: 'get', method: 'GET', path: paths.item },
    // Declared append-only: there must be no update route (the route test fails if the app has one).
    ...(type.versioning === 'editable' ? [{ kind: 'update' as const, method: 'PUT' as const, path: paths.item }] : []),
    { kind: 'entered-in-error', method: 'POST', path: paths.enteredInError },
  ];
}

/**
 * The matrix rows of every registered record type, from its access profile's hand-written table.
 *
 * @returns One entry per route of every type.
 */
export function recordMatrixEntries(): MatrixEntry[] {
  return RECORD_TYPES.flatMap((type) => {
    const consented = FAMILY_CONSENT_CATEGORIES.includes(type.consentCategory);
    return routesOf(type).map(({ kind, method, path }) => {
      const row = RECORD_PROFILE_MATRIX[type.access][kind];
      return {
        method,
        path,
        scopes: SCOPES,
        audited: true,
        expect: consented ? row.expect : { ...row.expect, 'family-with-consent': row.familyWithoutCategory },
      };
    });
  });
}
