import type { MatrixEntry } from './access-matrix.table.js';

/*
 * THE CARE NETWORK'S ROWS of the access matrix (issue 11 §5), written by hand like the rest: the finder
 * is public (anonymous callers included, every facility is a public listing); a facility's admin view and
 * its programmes are for that facility's admins only (`canManageListing`; the world's facilities are
 * `manual`, so another facility's admin gets 404 too), everyone else gets the 404 of a missing facility.
 * Any admin managing an imported listing nobody works at is proven in network-admin.test.ts. Scopes: "own" is F1 (and F1's seeded programme), "other-facility" F2.
 */

const EVERYONE_200: MatrixEntry['expect'] = {
  anonymous: '200',
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
};

const EVERYONE_200_200_404: MatrixEntry['expect'] = {
  anonymous: '200 200 404',
  patient: '200 200 404',
  'family-with-consent': '200 200 404',
  'family-without-consent': '200 200 404',
  'clinician-on-care-team': '200 200 404',
  'clinician-colleague-on-care-team': '200 200 404',
  'clinician-same-facility-not-on-team': '200 200 404',
  'clinician-other-facility': '200 200 404',
  admissions: '200 200 404',
  admin: '200 200 404',
  'privacy-officer': '200 200 404',
};

/** Only the admin of F1, on F1; `status` is what they get. */
function facilityAdminOnly(status: string): MatrixEntry['expect'] {
  return {
    anonymous: '401 401 401',
    patient: '404 404 404',
    'family-with-consent': '404 404 404',
    'family-without-consent': '404 404 404',
    'clinician-on-care-team': '404 404 404',
    'clinician-colleague-on-care-team': '404 404 404',
    'clinician-same-facility-not-on-team': '404 404 404',
    'clinician-other-facility': '404 404 404',
    admissions: '404 404 404',
    admin: `${status} 404 404`,
    'privacy-officer': '404 404 404',
  };
}

const ORG_SCOPES = ['own', 'other-facility', 'nonexistent'] as const;

export const CARE_NETWORK_MATRIX: readonly MatrixEntry[] = [
  { method: 'GET', path: '/api/finder/facilities', scopes: ['none'], audited: false, expect: EVERYONE_200 },
  {
    method: 'GET',
    path: '/api/finder/facilities/:id',
    scopes: ORG_SCOPES,
    audited: false,
    expect: EVERYONE_200_200_404,
  },
  { method: 'GET', path: '/api/facilities/:id', scopes: ORG_SCOPES, audited: false, expect: facilityAdminOnly('200') },
  {
    method: 'POST',
    path: '/api/facilities/:id/programmes',
    scopes: ORG_SCOPES,
    audited: false,
    expect: facilityAdminOnly('201'),
  },
  {
    method: 'PATCH',
    path: '/api/facilities/:id/programmes/:programmeId',
    scopes: ORG_SCOPES,
    audited: false,
    expect: facilityAdminOnly('200'),
  },
  {
    method: 'DELETE',
    path: '/api/facilities/:id/programmes/:programmeId',
    scopes: ORG_SCOPES,
    audited: false,
    expect: facilityAdminOnly('204'),
  },
];
