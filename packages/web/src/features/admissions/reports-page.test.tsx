import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { ok } from '../../test/fake-inquiries';
import { sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const REPORTS = {
  facilityIds: ['facility-maple'],
  funnel: [
    { status: 'new', current: 2, reached: 10 },
    { status: 'contacted', current: 3, reached: 8 },
    { status: 'benefits-check', current: 1, reached: 5 },
    { status: 'assessment-scheduled', current: 1, reached: 4 },
    { status: 'admitted', current: 3, reached: 3 },
    { status: 'referred-out', current: 0, reached: 0 },
    { status: 'closed', current: 0, reached: 0 },
  ],
  medianMinutesToFirstContact: 42.5,
  firstContactTargetMinutes: 60,
  conversionByLevel: [
    { levelOfCare: 'iop', inquiries: 6, admitted: 2, rate: 2 / 6 },
    { levelOfCare: null, inquiries: 4, admitted: 1, rate: 0.25 },
  ],
  conversionByFacility: [
    {
      facilityId: 'facility-maple',
      facilityName: 'Maple Street Clinic (fictional)',
      inquiries: 10,
      admitted: 3,
      rate: 0.3,
    },
  ],
};

// Each page is a lazy chunk: the first render in a file waits for it, which takes seconds on a busy machine.
describe('admissions reports', { timeout: 15_000 }, () => {
  it('shows the funnel, the median time to first contact and conversion as tables', async () => {
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('admissions')),
      'GET /api/facilities': ok({
        items: [
          {
            id: 'facility-maple',
            name: 'Maple Street Clinic (fictional)',
            region: 'Test County',
            address: '',
            version: 1,
          },
        ],
        nextCursor: null,
      }),
      'GET /api/inquiries/reports': ok(REPORTS),
    });
    renderApp('/admissions/reports', api);
    expect(await screen.findByText('Median time to first contact: 42 min (target: 1 h).')).toBeTruthy();
    const funnel = screen.getByRole('table', { name: 'Requests by status' });
    const contacted = within(funnel).getByRole('row', { name: /Contacted/ });
    expect(
      within(contacted)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Contacted', '3', '8']);
    const byLevel = screen.getByRole('table', { name: 'Admissions by the level of care asked for' });
    expect(within(byLevel).getByRole('row', { name: /Intensive outpatient/ }).textContent).toContain('33%');
    expect(within(byLevel).getByRole('row', { name: /Level of care not said/ }).textContent).toContain('25%');
    const byFacility = screen.getByRole('table', { name: 'Admissions by facility' });
    expect(within(byFacility).getByRole('row', { name: /Maple Street Clinic/ }).textContent).toContain('30%');
    expect(api.calls.find((call) => call.path === '/api/inquiries/reports')?.query?.facilityId).toBe('facility-maple');
  });

  it('lets an admin of two facilities look at all of them or one', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(
        sessionFor('admin', {
          roles: [
            { role: 'admin', facilityId: 'facility-maple' },
            { role: 'admin', facilityId: 'facility-oak' },
          ],
        }),
      ),
      'GET /api/facilities': ok({
        items: [
          {
            id: 'facility-maple',
            name: 'Maple Street Clinic (fictional)',
            region: 'Test County',
            address: '',
            version: 1,
          },
          { id: 'facility-oak', name: 'Oak Lane Recovery (fictional)', region: 'Test County', address: '', version: 1 },
        ],
        nextCursor: null,
      }),
      'GET /api/inquiries/reports': ok({ ...REPORTS, medianMinutesToFirstContact: null, conversionByLevel: [] }),
    });
    renderApp('/admissions/reports', api);
    expect(await screen.findByText('No request has been contacted yet (target: 1 h).')).toBeTruthy();
    const reads = () => api.calls.filter((call) => call.path === '/api/inquiries/reports');
    expect(reads().at(-1)?.query?.facilityId).toBeUndefined();
    await user.selectOptions(screen.getByLabelText('Facility'), 'facility-oak');
    await screen.findByText('No request has been contacted yet (target: 1 h).');
    expect(reads().at(-1)?.query?.facilityId).toBe('facility-oak');
    expect(screen.getByRole('link', { name: 'Admissions reports' })).toBeTruthy();

    await user.type(screen.getByLabelText('Submitted from'), '2026-11-01');
    await screen.findByText('Requests that came in during the chosen days.');
    const query = reads().at(-1)?.query;
    expect(query?.from).toBe(new Date('2026-11-01T00:00:00').toISOString());
    expect(query?.to).toBeUndefined();
  });
});
