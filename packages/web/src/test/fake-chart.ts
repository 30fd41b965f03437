import type { FakeHandler } from '../api/fake-api';
import { sessionFor, signedInAs } from './fake-sessions';

/** A fictional patient at the fictional Maple Street Clinic, as `GET /api/patients/p1` answers it. */
export const CHART_PATIENT = {
  id: 'p1',
  facilityId: 'facility-maple',
  givenName: 'Robin',
  familyName: 'Sample',
  birthDate: '1980-04-30' as string | null,
  email: null,
  phone: null,
  hasAccount: false,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  version: 1,
};

/**
 * The routes every chart tab loads before its own: a signed-in clinician and patient p1. Spread them
 * into `createFakeApi` next to the tab's routes.
 *
 * @param patient - Fields of {@link CHART_PATIENT} to change.
 * @returns Handlers keyed by `"METHOD /path"`.
 */
export function chartRoutes(patient: Partial<typeof CHART_PATIENT> = {}): Record<string, FakeHandler> {
  const body = { ...CHART_PATIENT, ...patient };
  return {
    'GET /api/auth/session': signedInAs(sessionFor('clinician')),
    'GET /api/patients/p1': () => ({ status: 200, body }),
  };
}
