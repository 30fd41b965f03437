import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { emptyPage, sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const SELF = {
  id: 'p1',
  facilityId: 'facility-maple',
  givenName: 'Robin',
  familyName: 'Sample',
  birthDate: null,
  email: 'robin@example.test',
  phone: null,
};

describe('My record', () => {
  it('lists who I share with by name, and says plainly what the clinic does not share', async () => {
    renderApp(
      '/me/record',
      createFakeApi({
        'GET /api/auth/session': signedInAs(sessionFor('patient')),
        'GET /api/me/patient': () => ({ status: 200, body: { self: SELF, consentedPatients: [] } }),
        'GET /api/me/consents': () => ({
          status: 200,
          body: {
            items: [
              {
                id: 'c1',
                consentGroupId: 'g1',
                version: 1,
                patientId: 'p1',
                recipientKind: 'family-user',
                recipientUserId: 'user-family',
                recipientEmail: 'jordan@example.test',
                recipientUserName: 'Jordan Family',
                recipientName: 'Jordan Family',
                categories: ['vitals'],
                purpose: 'Support',
                expiresAt: '2099-12-31T00:00:00.000Z',
                expiryEvent: null,
                attestation: 'Robin Sample',
                createdBy: 'user-patient',
                createdAt: '2026-03-01T09:00:00.000Z',
                revokedAt: null,
                state: 'active',
              },
            ],
            nextCursor: null,
          },
        }),
        'GET /api/me/disclosures': () => ({
          status: 200,
          body: {
            items: [],
            nextCursor: null,
            redisclosureNotice: '42 CFR part 2 prohibits unauthorized disclosure of these records.',
          },
        }),
        'GET /api/patients/p1/vitals': emptyPage,
      }),
    );
    expect(await screen.findByText('Jordan Family')).toBeTruthy();
    expect(screen.getByText(/Vital signs/)).toBeTruthy();
    expect(await screen.findByText('Nobody outside your care team has seen your record.')).toBeTruthy();
    // The assessments route answers 404 here (not shared): said as such, not as an error.
    expect(await screen.findByText('Your clinic has not shared any questionnaires with you.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows my plan as my care team shared it, with its goals, who is responsible and when we review it', async () => {
    renderApp(
      '/me/record',
      createFakeApi({
        'GET /api/auth/session': signedInAs(sessionFor('patient')),
        'GET /api/me/patient': () => ({ status: 200, body: { self: SELF, consentedPatients: [] } }),
        'GET /api/me/consents': emptyPage,
        'GET /api/me/disclosures': emptyPage,
        'GET /api/patients/p1/vitals': emptyPage,
        'GET /api/patients/p1/plan/patient-view': () => ({
          status: 200,
          body: {
            plan: {
              revision: 2,
              problems: [{ text: 'Kratom use, daily' }],
              goals: [{ text: 'Stop kratom use', measure: 'No use for 4 weeks', targetDate: '2027-03-01' }],
              interventions: [{ kind: 'cbt', details: 'Weekly, 8 sessions' }],
              staff: [{ userId: 'u1', name: 'Dr Sample Fernhill' }],
              reviewDate: '2027-02-15',
              patientNote: 'We will look at this together.',
              savedAt: '2027-01-10T10:00:00.000Z',
            },
          },
        }),
      }),
    );
    expect(await screen.findByRole('heading', { name: 'My treatment plan' })).toBeTruthy();
    expect(await screen.findByText(/Stop kratom use/)).toBeTruthy();
    expect(screen.getByText(/How we will know: No use for 4 weeks/)).toBeTruthy();
    expect(screen.getByText(/Cognitive behavioural therapy/)).toBeTruthy();
    expect(screen.getByText(/Dr Sample Fernhill/)).toBeTruthy();
    expect(screen.getByText('We will look at this together.')).toBeTruthy();
  }, 15_000);
});
