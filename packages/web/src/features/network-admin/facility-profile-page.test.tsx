import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';
import { EXAMPLE_FACILITY } from './network-admin.fixtures';

afterEach(() => {
  cleanup();
});

const PATH = '/api/facilities/facility-example';

function api(patch: () => { status: number; body?: unknown }) {
  return createFakeApi({
    'GET /api/auth/session': signedInAs(sessionFor('admin')),
    [`GET ${PATH}`]: () => ({ status: 200, body: EXAMPLE_FACILITY }),
    [`PATCH ${PATH}`]: patch,
  });
}

describe('Facility profile', () => {
  it('shows the listing with its region, source and an unverified flag in words', async () => {
    renderApp(
      '/admin/facilities/facility-example',
      api(() => ({ status: 500 })),
    );
    const heading = await screen.findByRole('heading', { level: 1, name: 'Example Recovery Centre (fictional)' });
    const banner = heading.closest('header');
    expect(banner?.textContent).toContain('Region: Mid-Atlantic');
    expect(banner?.textContent).toContain('FindTreatment.gov listing');
    expect(banner?.textContent).toContain('Never verified.Call to confirm the details, then mark it verified.');
    expect(screen.getByLabelText<HTMLInputElement>('Street address').value).toBe('100 Example Street');
    expect(screen.getByLabelText<HTMLSelectElement>('State').value).toBe('PA');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'English' }).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Other languages').value).toBe('pl');
  }, 30_000);

  it('names a latitude without its longitude beside the field, and sends nothing', async () => {
    const user = userEvent.setup();
    const fake = api(() => ({ status: 500 }));
    renderApp('/admin/facilities/facility-example', fake);
    await user.type(await screen.findByLabelText('Latitude'), '39.95');
    await user.type(screen.getByLabelText('ZIP code'), 'x');
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    expect(await screen.findByRole('link', { name: 'Longitude: Give the longitude with the latitude' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ZIP code: Must be a five-digit ZIP code' })).toBeTruthy();
    expect(screen.getByLabelText('Longitude').getAttribute('aria-invalid')).toBe('true');
    expect(fake.calls.some((call) => call.method === 'PATCH')).toBe(false);
  }, 30_000);

  it('saves every field with If-Match: empty boxes clear, coordinates are numbers, other languages join the ticked ones', async () => {
    const user = userEvent.setup();
    const fake = api(() => ({ status: 200, body: { ...EXAMPLE_FACILITY, version: 4 } }));
    renderApp('/admin/facilities/facility-example', fake);
    await user.type(await screen.findByLabelText('Latitude'), '39.9526');
    await user.type(screen.getByLabelText('Longitude'), '-75.1652');
    await user.clear(screen.getByLabelText('Opening hours'));
    await user.type(screen.getByLabelText('24/7 admissions line'), '215-555-0199');
    await user.click(screen.getByRole('checkbox', { name: 'Spanish' }));
    await user.type(screen.getByLabelText('Other languages'), ', de');
    await user.click(screen.getByRole('checkbox', { name: /I confirmed these details with the facility today/ }));
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    expect(await screen.findByText('Profile saved.')).toBeTruthy();
    const patch = fake.calls.find((call) => call.method === 'PATCH');
    expect(patch?.headers?.['If-Match']).toBe('"3"');
    expect(patch?.body).toEqual({
      name: 'Example Recovery Centre (fictional)',
      street1: '100 Example Street',
      street2: null,
      city: 'Philadelphia',
      state: 'PA',
      zip: '19103',
      latitude: 39.9526,
      longitude: -75.1652,
      phone: '215-555-0100',
      admissionsLine: '215-555-0199',
      hours: null,
      website: 'https://example.org',
      languages: ['en', 'es', 'pl', 'de'],
      verified: true,
    });
  }, 30_000);

  it('after a 412 says someone else saved first and rebuilds the form from their version on request', async () => {
    const user = userEvent.setup();
    const fake = api(() => ({ status: 412, body: { code: 'PRECONDITION_FAILED', message: 'Changed meanwhile' } }));
    renderApp('/admin/facilities/facility-example', fake);
    const city = await screen.findByLabelText('City');
    await user.clear(city);
    await user.type(city, 'Pittsburgh');
    // Meanwhile someone else saved version 5.
    fake.on(`GET ${PATH}`, () => ({ status: 200, body: { ...EXAMPLE_FACILITY, city: 'Harrisburg', version: 5 } }));
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    expect(await screen.findByText(/Someone else saved this facility while you were editing/)).toBeTruthy();
    // The typed change stays in view until the person chooses to load theirs.
    expect(screen.getByDisplayValue('Pittsburgh')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Load their version' }));
    expect(await screen.findByDisplayValue('Harrisburg')).toBeTruthy();
    fake.on(`PATCH ${PATH}`, () => ({ status: 200, body: { ...EXAMPLE_FACILITY, version: 6 } }));
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    await screen.findByText('Profile saved.');
    expect(fake.calls.filter((call) => call.method === 'PATCH').map((call) => call.headers?.['If-Match'])).toEqual([
      '"3"',
      '"5"',
    ]);
  }, 30_000);

  it('says a facility the admin may not manage is not found', async () => {
    renderApp(
      '/admin/facilities/facility-other',
      createFakeApi({ 'GET /api/auth/session': signedInAs(sessionFor('admin')) }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Facility not found' })).toBeTruthy();
  }, 30_000);
});
