import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const NOTICE = '42 CFR part 2 prohibits unauthorized disclosure of these records.';

describe('Shared with me', () => {
  it('shows exactly the granted categories with the notice, and never asks for the others', async () => {
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('family')),
      'GET /api/me/patient': () => ({
        status: 200,
        body: {
          self: null,
          consentedPatients: [
            {
              id: 'p1',
              givenName: 'Robin',
              familyName: 'Sample',
              consentId: 'c1',
              categories: ['vitals'],
              purpose: 'So my family can support me',
              expiresAt: '2099-12-31T00:00:00.000Z',
              expiryEvent: null,
            },
          ],
          redisclosureNotice: NOTICE,
        },
      }),
      'GET /api/patients/p1/vitals': () => ({
        status: 200,
        body: { items: [], nextCursor: null, redisclosureNotice: NOTICE },
      }),
    });
    renderApp('/family', api);
    const card = await screen.findByRole('region', { name: 'Robin Sample' });
    expect(screen.getByText(NOTICE)).toBeTruthy();
    expect(within(card).getByRole('heading', { level: 3, name: 'Vital signs' })).toBeTruthy();
    expect(await within(card).findByText('Nothing recorded yet.')).toBeTruthy();
    expect(within(card).getAllByRole('heading', { level: 3 })).toHaveLength(1);
    expect(screen.queryByText('Questionnaires and scores')).toBeNull();
    expect(api.calls.some((call) => call.path.endsWith('/assessments'))).toBe(false);
  });

  it('says so when nobody shares with me', async () => {
    renderApp(
      '/family',
      createFakeApi({
        'GET /api/auth/session': signedInAs(sessionFor('family')),
        'GET /api/me/patient': () => ({ status: 200, body: { self: null, consentedPatients: [] } }),
      }),
    );
    expect(await screen.findByText('Nobody has shared their record with you.')).toBeTruthy();
  });
});
