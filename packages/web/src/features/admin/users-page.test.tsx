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
    expect(
      await screen.findByRole('link', { name: 'Email address: Enter an email address like name@example.com' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Full name: Fill this in' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Role: Choose one' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Facility: Choose one' })).toBeTruthy();
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText('Email address'), 'alex@example.test');
    await user.type(screen.getByLabelText('Full name'), 'Alex Example');
    await user.click(screen.getByRole('radio', { name: 'Clinician' }));
    await user.click(screen.getByRole('radio', { name: 'Birch Road Clinic' }));
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByRole('link', { name: 'Email address: Must be an email address' })).toBeTruthy();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      email: 'alex@example.test',
      name: 'Alex Example',
      role: 'clinician',
      facilityId: 'facility-birch',
    });

    // Sent again after the refusal: the same invitation, so the same Idempotency-Key.
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    await screen.findByRole('link', { name: 'Email address: Must be an email address' });
    const keys = api.calls.filter((call) => call.method === 'POST').map((call) => call.headers?.['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  }, 30_000);

  it('shows a pending invitation as "Invited" and resends or cancels it; an accepted one is "Active"', async () => {
    const user = userEvent.setup();
    const invited = {
      id: 'user-quinn',
      email: 'quinn@example.test',
      name: 'Quinn Example',
      status: 'invited',
      disabled: false,
      invitation: { sentAt: '2026-03-01T09:00:00.000Z', expiresAt: '2026-03-04T09:00:00.000Z' },
      roles: [{ role: 'clinician', facilityId: 'facility-maple' }],
      version: 2,
    };
    const active = {
      ...invited,
      id: 'user-alex',
      name: 'Alex Example',
      email: 'alex@example.test',
      status: 'active',
      invitation: null,
      version: 4,
    };
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('admin')),
      'GET /api/facilities': () => ({ status: 200, body: FACILITIES }),
      'GET /api/admin/users': () => ({ status: 200, body: { items: [invited, active], nextCursor: null } }),
      'POST /api/admin/users/user-quinn/invitation': () => ({ status: 200, body: { invitationSent: true } }),
      'DELETE /api/admin/users/user-quinn/invitation': () => ({
        status: 200,
        body: { ...invited, status: 'disabled', disabled: true, invitation: null, version: 3 },
      }),
      'PATCH /api/admin/users/user-alex': () => ({
        status: 200,
        body: { ...active, status: 'disabled', disabled: true, version: 5 },
      }),
    });
    renderApp('/admin/users', api);
    const quinn = (await screen.findByRole('heading', { level: 3, name: 'Quinn Example' })).closest('li');
    const alex = screen.getByRole('heading', { level: 3, name: 'Alex Example' }).closest('li');
    expect(quinn?.textContent).toContain('Invited');
    expect(quinn?.textContent).toContain('Clinician at Maple Street Clinic');
    expect(alex?.textContent).toContain('Active');
    expect(screen.queryByRole('button', { name: 'Resend the invitation to Alex Example' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Resend the invitation to Quinn Example' }));
    expect(await screen.findByText('Invitation sent again to quinn@example.test.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Cancel the invitation of Quinn Example' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel the invitation' }));
    expect(await screen.findByText('The invitation of Quinn Example is cancelled.')).toBeTruthy();
    expect(
      api.calls.filter((call) => call.path === '/api/admin/users/user-quinn/invitation').map((call) => call.method),
    ).toEqual(['POST', 'DELETE']);
    const resent = api.calls.find((call) => call.method === 'POST');
    expect(resent?.headers?.['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);

    // Disabling names the version the row shows, so a change made since answers 412 instead.
    await user.click(screen.getByRole('button', { name: 'Disable Alex Example' }));
    await user.click(screen.getByRole('button', { name: 'Yes, disable' }));
    expect(await screen.findByText('Alex Example is disabled.')).toBeTruthy();
    const patch = api.calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toEqual({ disabled: true });
    expect(patch?.headers?.['If-Match']).toBe('"4"');
  }, 30_000);

  it('searches by name or email next to the status filter, and says so when nobody matches', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('admin')),
      'GET /api/facilities': () => ({ status: 200, body: FACILITIES }),
      'GET /api/admin/users': emptyPage,
    });
    renderApp('/admin/users', api);
    await screen.findByText('No users yet. Invite someone below.');

    await user.selectOptions(screen.getByLabelText('Show'), 'invited');
    await user.type(screen.getByRole('searchbox', { name: 'Search by name or email' }), '  zed@example ');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(
      await screen.findByText(
        'Nobody matches "zed@example". Check the spelling, or search for the start of a name or of an email address.',
      ),
    ).toBeTruthy();
    expect(api.calls.filter((call) => call.path === '/api/admin/users').at(-1)?.query).toMatchObject({
      q: 'zed@example',
      status: 'invited',
      limit: 20,
    });
    expect(screen.getByRole('search', { name: 'Search by name or email' })).toBeTruthy();
  });

  it('tells a patient they have no access to this page, with a way back to their own', async () => {
    renderApp('/admin/users', createFakeApi({ 'GET /api/auth/session': signedInAs(sessionFor('patient')) }));
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to your start page' }).getAttribute('href')).toBe('/me/record');
  });
});
