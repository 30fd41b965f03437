import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi, type FakeApi } from '../../api/fake-api';
import { emptyPage } from '../../test/fake-sessions';
import { chartRoutes } from '../../test/fake-chart';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const vitals = (id: string, takenAt: string, values: Record<string, number>) => ({
  id,
  patientId: 'p1',
  version: 1,
  status: 'final',
  recordedAt: takenAt,
  recordedBy: 'user-clinician',
  recordedByName: 'Casey Example',
  createdAt: takenAt,
  updatedAt: takenAt,
  enteredInError: null,
  takenAt,
  ...values,
});

function chartApi(): FakeApi {
  const stored = [vitals('v1', '2026-03-01T08:30:00.000Z', { heartRate: 88, systolic: 128, diastolic: 82 })];
  return createFakeApi({
    ...chartRoutes(),
    'GET /api/patients/p1/care-team': () => ({
      status: 200,
      body: {
        items: [
          {
            userId: 'user-clinician',
            name: 'Casey Example',
            email: 'c@example.test',
            roles: ['clinician'],
            addedAt: '2026-03-01T09:00:00.000Z',
          },
        ],
        nextCursor: null,
      },
    }),
    'GET /api/patients/p1/assessments': emptyPage,
    'GET /api/facilities/facility-maple/clinicians': () => ({
      status: 200,
      body: {
        items: [
          { id: 'user-clinician', name: 'Casey Example', email: 'c@example.test' },
          { id: 'user-jamie', name: 'Jamie Example', email: 'jamie@example.test' },
        ],
        nextCursor: null,
      },
    }),
    'PUT /api/patients/p1/care-team/user-jamie': () => ({
      status: 200,
      body: { patientId: 'p1', clinicianUserIds: ['user-clinician', 'user-jamie'] },
    }),
    'GET /api/patients/p1/vitals': () => ({ status: 200, body: { items: [...stored], nextCursor: null } }),
    'POST /api/patients/p1/vitals': (request) => {
      const body = request.body as { takenAt: string; heartRate?: number };
      if (body.heartRate === 299) {
        return {
          status: 400,
          body: {
            code: 'INVALID_BODY',
            message: 'The body is not valid',
            issues: [{ path: ['heartRate'], message: 'Server says no' }],
          },
        };
      }
      const created = vitals(`v${String(stored.length + 1)}`, body.takenAt, { heartRate: body.heartRate ?? 0 });
      stored.unshift(created);
      return { status: 201, body: created };
    },
  });
}

describe('the patient chart', () => {
  it('shows the patient banner, the care team by name and the vitals, newest first', async () => {
    renderApp('/patients/p1', chartApi());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sample, Robin' })).toBeTruthy();
    expect(
      within(screen.getByRole('navigation', { name: 'You are here' })).getByRole('link', { name: 'My patients' }),
    ).toBeTruthy();
    expect(await screen.findByText('Casey Example', { selector: 'strong' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Vitals, newest first' });
    expect(table.textContent).toContain('128/82 mmHg');
    expect(await screen.findByText('No assessments recorded.')).toBeTruthy();
  });

  it('adds a colleague of the facility to the care team by name, never offering someone already on it', async () => {
    const user = userEvent.setup();
    const api = chartApi();
    renderApp('/patients/p1', api);
    const team = await screen.findByRole('region', { name: 'Care team' });
    await user.type(within(team).getByRole('searchbox', { name: 'Add a clinician to the care team' }), 'exa');
    const matches = await within(team).findByRole('list', { name: 'Clinicians of this facility' });
    expect(within(matches).queryByRole('button', { name: /Casey Example/ })).toBeNull();
    await user.click(within(matches).getByRole('button', { name: /^Add Jamie Example/ }));
    expect(await within(team).findByText('Jamie Example is on the care team.')).toBeTruthy();
    expect(
      api.calls.some((call) => call.method === 'PUT' && call.path === '/api/patients/p1/care-team/user-jamie'),
    ).toBe(true);
  });

  it('checks the vitals with the server schema, places server issues at their field, and sends a keyed request', async () => {
    const user = userEvent.setup();
    const api = chartApi();
    renderApp('/patients/p1', api);
    const form = await screen.findByRole('region', { name: 'Record vitals' });
    const time = within(form).getByLabelText('Time taken');
    const heartRate = within(form).getByLabelText('Heart rate (beats per minute)');

    await user.clear(time);
    await user.type(heartRate, 'fast');
    await user.click(within(form).getByRole('button', { name: 'Save vitals' }));
    expect(await screen.findByRole('link', { name: /^Time taken: / })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Heart rate \(beats per minute\): Must be a number/ })).toBeTruthy();
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);

    await user.type(time, '2026-03-01T12:15');
    await user.clear(heartRate);
    await user.type(heartRate, '301');
    await user.click(within(form).getByRole('button', { name: 'Save vitals' }));
    expect(
      await screen.findByRole('link', { name: /^Heart rate \(beats per minute\): Must be from 20 to 300/ }),
    ).toBeTruthy();
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);

    await user.clear(heartRate);
    await user.type(heartRate, '299');
    await user.click(within(form).getByRole('button', { name: 'Save vitals' }));
    expect(await screen.findByRole('link', { name: 'Heart rate (beats per minute): Server says no' })).toBeTruthy();

    await user.clear(heartRate);
    await user.type(heartRate, '72');
    await user.click(within(form).getByRole('button', { name: 'Save vitals' }));
    expect(await screen.findByText('Vitals saved.')).toBeTruthy();
    const post = api.calls.filter((call) => call.method === 'POST').at(-1);
    expect(post?.body).toEqual({ takenAt: new Date('2026-03-01T12:15').toISOString(), heartRate: 72 });
    expect(post?.headers?.['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    const rows = within(await screen.findByRole('table', { name: 'Vitals, newest first' })).getAllByRole('row');
    await screen.findByText('72 /min');
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });
});
