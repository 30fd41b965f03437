import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { ok, queuePage, summary } from '../../test/fake-inquiries';
import { sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const MAPLE = {
  id: 'facility-maple',
  name: 'Maple Street Clinic (fictional)',
  region: 'Test County',
  address: '',
  version: 1,
};
const OAK = {
  id: 'facility-oak',
  name: 'Oak Lane Recovery (fictional)',
  region: 'Test County',
  address: '',
  version: 1,
};
const facilities = (...items: unknown[]) => ok({ items, nextCursor: null });
const queueCalls = (api: ReturnType<typeof createFakeApi>) =>
  api.calls.filter((call) => call.path === '/api/inquiries');

// Each page is a lazy chunk: the first render in a file waits for it, which takes seconds on a busy machine.
describe('the admissions queue', { timeout: 15_000 }, () => {
  it('lists open requests with the timers in words, the family-programme marker, and "Show more" by cursor', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('admissions')),
      'GET /api/facilities': facilities(MAPLE),
      'GET /api/inquiries': (request) =>
        request.query?.cursor === 'c2'
          ? { status: 200, body: queuePage([summary({ id: 'inq-3', name: 'Sam Sample' })]) }
          : {
              status: 200,
              body: queuePage(
                [
                  summary({ minutesWaiting: 135, firstContactOverdue: true }),
                  summary({
                    id: 'inq-2',
                    name: 'Avery Quinn',
                    status: 'contacted',
                    forWhom: 'loved-one',
                    needs: ['family-support'],
                    routedToFamilyProgramme: true,
                    firstContactAt: '2026-11-28T10:25:00.000Z',
                    minutesWaiting: 25,
                  }),
                ],
                'c2',
              ),
            },
    });
    renderApp('/admissions', api);
    const link = await screen.findByRole('link', { name: 'Robin Example' });
    expect(link.getAttribute('href')).toBe('/admissions/inquiries/inq-1');
    expect(queueCalls(api).at(-1)?.query).toMatchObject({ status: 'open', limit: 25 });
    expect(queueCalls(api).at(-1)?.query?.facilityId).toBe('facility-maple');
    expect(screen.getByText('Requests for Maple Street Clinic (fictional).')).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Call-back requests, oldest first, with their timers' });
    const [, robin, avery] = within(table).getAllByRole('row');
    expect(robin?.textContent).toContain('Not contacted yet: waiting 2 h 15 min');
    // The overdue marker names the target, and the target is said beside the list.
    expect(robin?.textContent).toContain('Overdue: past the 30-minute first-contact target');
    expect(screen.getByText('First contact target: 30 minutes')).toBeTruthy();
    expect(robin?.textContent).toContain('KC-7F3Q-9K2M');
    expect(avery?.textContent).toContain('Contacted after 25 min');
    expect(avery?.textContent).toContain('Within the target');
    expect(avery?.textContent).toContain('Family programme');
    expect(avery?.textContent).toContain('For a loved one');
    expect(avery?.textContent).toContain('Intensive outpatient (IOP)');

    await user.click(screen.getByRole('button', { name: 'Show more requests' }));
    expect(await screen.findByRole('link', { name: 'Sam Sample' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Robin Example' })).toBeTruthy();
    expect(queueCalls(api).at(-1)?.query).toMatchObject({ cursor: 'c2' });
    expect(screen.queryByRole('button', { name: 'Show more requests' })).toBeNull();
  });

  it('filters by status and offers every facility of the coordinator, with a facility column for all of them', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(
        sessionFor('admissions', {
          roles: [
            { role: 'admissions', facilityId: 'facility-maple' },
            { role: 'admissions', facilityId: 'facility-oak' },
          ],
        }),
      ),
      'GET /api/facilities': facilities(MAPLE, OAK),
      'GET /api/inquiries': ok(
        queuePage(
          [
            summary({
              facilityId: 'facility-oak',
              status: 'contacted',
              firstContactAt: '2026-11-28T11:15:00.000Z',
              minutesWaiting: 75,
              firstContactOverdue: true,
            }),
          ],
          null,
          60,
        ),
      ),
    });
    renderApp('/admissions', api);
    await screen.findByRole('link', { name: 'Robin Example' });
    expect(queueCalls(api).at(-1)?.query?.facilityId).toBeUndefined();
    const row = within(screen.getByRole('table')).getAllByRole('row')[1];
    expect(row?.textContent).toContain('Oak Lane Recovery (fictional)');
    expect(row?.textContent).toContain('Later than the 60-minute first-contact target');
    expect(screen.getByText('First contact target: 60 minutes')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Facility'), 'facility-maple');
    await user.selectOptions(screen.getByLabelText('Show'), 'benefits-check');
    await screen.findByRole('link', { name: 'Robin Example' });
    expect(queueCalls(api).at(-1)?.query).toMatchObject({ facilityId: 'facility-maple', status: 'benefits-check' });
    expect(screen.queryByRole('columnheader', { name: 'Facility' })).toBeNull();

    await user.selectOptions(screen.getByLabelText('Show'), 'all');
    await screen.findByRole('link', { name: 'Robin Example' });
    expect(queueCalls(api).at(-1)?.query?.status).toBeUndefined();
  });

  it('says so when nothing is open, and refuses other roles', async () => {
    renderApp(
      '/admissions',
      createFakeApi({
        'GET /api/auth/session': signedInAs(sessionFor('admissions')),
        'GET /api/facilities': facilities(MAPLE),
        'GET /api/inquiries': ok(queuePage([])),
      }),
    );
    expect(
      await screen.findByText('No open requests. New call-back requests appear here as they arrive.'),
    ).toBeTruthy();
    cleanup();
    renderApp('/admissions', createFakeApi({ 'GET /api/auth/session': signedInAs(sessionFor('clinician')) }));
    expect(await screen.findByRole('heading', { name: "You don't have access to this page" })).toBeTruthy();
  });
});
