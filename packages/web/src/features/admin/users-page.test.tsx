import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { emptyPage, sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const FACILITIES = {
  items: [
    { id: 'facility-maple', name: 'Maple Street Clinic', region: 'Ohio', address: '', version: 1 },
    { id: 'facility-birch', name: 'Birch Road Clinic', region: 'Ohio', address: '', version: 3 },
  ],
  total: 2,
  nextCursor: null,
};

describe('Admin users', () => {
  it('names every missing invite field, then shows the server problem at the email field', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('admin')),
      'GET /api/facilities': () => ({ status: 200, body: FACILITIES }),
      'GET /api/admin/users': emptyPage,
      'POST /api/admin/users': () => ({
        status: 400,
        body: {
          code: 'INVALID_BODY',
          message: 'The body is not valid',
          issues: [{ path: ['email'], message: 'Must be an email address' }],
        },
      }),
    });
    renderApp('/admin/users', api);
    await screen.findByText('No users yet. Invite someone below.');

    await user.click(await screen.findByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByRole('link', { name: 'Email address: Enter an email address' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Full name: Fill this in' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Role: Choose one' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Facility: Choose one' })).toBeTruthy();
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText('Email address'), 'alex@example.test');
    await user.type(screen.getByLabelText('Full name'), 'Alex Example');
    await user.selectOptions(screen.getByLabelText('Role'), 'clinician');
    await user.selectOptions(screen.getByLabelText('Facility'), 'facility-birch');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByRole('link', { name: 'Email address: Must be an email address' })).toBeTruthy();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      email: 'alex@example.test',
      name: 'Alex Example',
      role: 'clinician',
      facilityId: 'facility-birch',
    });
  });

  it('tells a patient they have no access to this page, with a way back to their own', async () => {
    renderApp('/admin/users', createFakeApi({ 'GET /api/auth/session': signedInAs(sessionFor('patient')) }));
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to your start page' }).getAttribute('href')).toBe('/me/record');
  });
});
