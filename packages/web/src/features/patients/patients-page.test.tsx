import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { emptyPage, sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const patient = (id: string, givenName: string, familyName: string) => ({
  id,
  facilityId: 'facility-maple',
  givenName,
  familyName,
  birthDate: '1980-04-30',
  email: null,
  phone: null,
  hasAccount: false,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  version: 1,
});

describe('My patients', () => {
  it('offers "Create a patient" when the list is empty', async () => {
    renderApp(
      '/patients',
      createFakeApi({ 'GET /api/auth/session': signedInAs(sessionFor('clinician')), 'GET /api/patients': emptyPage }),
    );
    expect(await screen.findByText('You have no patients yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create a patient' }).getAttribute('href')).toBe('/patients/new');
  });

  it('hides the search and sort bar only when there are no patients at all, not after a search finds none', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('clinician')),
      'GET /api/patients': (request) =>
        request.query?.q === undefined || request.query.q === ''
          ? { status: 200, body: { items: [patient('p1', 'Avery', 'Quinn')], nextCursor: null } }
          : { status: 200, body: { items: [], nextCursor: null } },
    });
    renderApp('/patients', api);
    await screen.findByRole('link', { name: 'Quinn, Avery' });
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'nobody');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No patient matches "nobody".')).toBeTruthy();
    expect(screen.getByRole('search', { name: 'Search by name' })).toBeTruthy();
    expect(screen.getByLabelText('Sort by')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Create a patient' })).toBeNull();

    cleanup();
    renderApp(
      '/patients',
      createFakeApi({ 'GET /api/auth/session': signedInAs(sessionFor('clinician')), 'GET /api/patients': emptyPage }),
    );
    expect(await screen.findByText('You have no patients yet.')).toBeTruthy();
    expect(screen.queryByRole('search')).toBeNull();
    expect(screen.queryByLabelText('Sort by')).toBeNull();
    expect(screen.getByRole('link', { name: 'Create a patient' })).toBeTruthy();
  });

  it('searches by name, sorts, and pages with the cursor, linking each name to the chart', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('clinician')),
      'GET /api/patients': (request) =>
        request.query?.cursor === 'next-1'
          ? { status: 200, body: { items: [patient('p2', 'Blake', 'Rivers')], nextCursor: null } }
          : { status: 200, body: { items: [patient('p1', 'Avery', 'Quinn')], nextCursor: 'next-1' } },
    });
    renderApp('/patients', api);
    const link = await screen.findByRole('link', { name: 'Quinn, Avery' });
    expect(link.getAttribute('href')).toBe('/patients/p1');
    expect(screen.getByRole('button', { name: 'Previous page' }).hasAttribute('disabled')).toBe(true);

    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), ' quinn ');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await user.selectOptions(screen.getByLabelText('Sort by'), 'createdAt');
    await user.selectOptions(screen.getByLabelText('Order'), 'desc');
    const last = () => api.calls.filter((call) => call.path === '/api/patients').at(-1)?.query;
    await screen.findByRole('link', { name: 'Quinn, Avery' });
    expect(last()).toMatchObject({ q: 'quinn', sort: 'createdAt', order: 'desc', limit: 20 });

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'Rivers, Blake' })).toBeTruthy();
    expect(last()).toMatchObject({ q: 'quinn', cursor: 'next-1' });
    expect(screen.getByRole('button', { name: 'Next page' }).hasAttribute('disabled')).toBe(true);
  });
});
